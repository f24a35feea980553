package org.servicetracker.worklog;

import java.io.Serializable;
import java.util.Locale;

/**
 * One line of an order's work log — a labour entry or a part — named as pages and upload addresses
 * name it: {@code labour-12}, {@code part-5}.
 */
public record WorkLine(Kind kind, long id) implements Serializable {
  public enum Kind {
    LABOUR,
    PART
  }

  /** The line a key names, or null for anything that is not a line key. */
  public static WorkLine parse(String key) {
    if (key == null) {
      return null;
    }
    int dash = key.indexOf('-');
    try {
      Kind kind = Kind.valueOf(key.substring(0, Math.max(dash, 0)).toUpperCase(Locale.ROOT));
      return new WorkLine(kind, Long.parseLong(key.substring(dash + 1)));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public static String key(Kind kind, Long id) {
    return id == null ? null : kind.name().toLowerCase(Locale.ROOT) + "-" + id;
  }

  public String key() {
    return key(kind, id);
  }
}
