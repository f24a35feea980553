package org.servicetracker.shared;

import java.math.BigDecimal;

/** Checks of the amounts, quantities and texts people enter (work logs, stock, visit parts). */
public final class Amounts {
  private static final BigDecimal MAX = new BigDecimal("9999999");

  private Amounts() {}

  public static BigDecimal nonNegative(BigDecimal value, String field, String what) {
    if (value == null) {
      throw new ValidationException(field, what + " is missing.");
    }
    if (value.signum() < 0) {
      throw new ValidationException(field, what + " cannot be negative.");
    }
    if (value.compareTo(MAX) > 0 || value.scale() > 2) {
      throw new ValidationException(field, what + " must be at most 9,999,999 with two decimals.");
    }
    return value.setScale(2);
  }

  public static String text(String value, String field, String missing, int max) {
    if (value == null || value.isBlank()) {
      throw new ValidationException(field, missing);
    }
    if (value.length() > max) {
      throw new ValidationException(field, "At most " + max + " characters.");
    }
    return value.strip();
  }
}
