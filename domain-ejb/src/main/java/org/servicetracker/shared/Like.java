package org.servicetracker.shared;

import java.util.Locale;

/**
 * Case-insensitive substring patterns for {@code LIKE ... ESCAPE '\'} against lower-case search
 * columns, with the user's own {@code %}, {@code _} and {@code \} taken literally.
 */
public final class Like {
  /** The clause's escape character, to write as {@code ESCAPE '\'}. */
  public static final String ESCAPE = " ESCAPE '\\'";

  private Like() {}

  public static String contains(String text) {
    String escaped =
        text.strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
