package org.servicetracker.attachment;

import java.util.Locale;

/** Byte counts for people: 512 B, 3.4 KB, 12 MB, 500 MB (binary units, as file managers do). */
public final class FileSizes {
  private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

  private FileSizes() {}

  public static String format(long bytes) {
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    if (unit == 0) {
      return bytes + " B";
    }
    String number =
        value >= 10 || value == Math.floor(value)
            ? String.format(Locale.ROOT, "%.0f", value)
            : String.format(Locale.ROOT, "%.1f", value);
    return number + " " + UNITS[unit];
  }
}
