package org.servicetracker.portal.order;

import java.time.format.DateTimeFormatter;
import org.servicetracker.order.OrderSummary;

/**
 * Orders as CSV (RFC 4180). Cells that a spreadsheet would run as a formula are prefixed with an
 * apostrophe, so an exported summary can never execute in the customer's spreadsheet.
 */
final class OrderCsv {
  static final String HEADER = "Order,Kind,Priority,Status,Summary,Site,Asset,Created,Updated\r\n";

  private OrderCsv() {}

  static String row(OrderSummary o) {
    return String.join(
            ",",
            cell(o.number()),
            cell(o.kind().name()),
            cell(o.priority().name()),
            cell(o.status().name()),
            cell(o.summary()),
            cell(o.siteName()),
            cell(o.assetName()),
            cell(DateTimeFormatter.ISO_INSTANT.format(o.createdAt())),
            cell(DateTimeFormatter.ISO_INSTANT.format(o.updatedAt())))
        + "\r\n";
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
