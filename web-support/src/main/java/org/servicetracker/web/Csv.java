package org.servicetracker.web;

/**
 * CSV lines (RFC 4180) for downloads. Cells that a spreadsheet would run as a formula are prefixed
 * with an apostrophe, so exported text can never execute in the customer's spreadsheet.
 */
public final class Csv {
  private Csv() {}

  public static String line(String... cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(cell(cells[i]));
    }
    return line.append("\r\n").toString();
  }

  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String safe =
        !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
