package org.servicetracker.worklog;

import java.math.BigDecimal;
import org.servicetracker.shared.ValidationException;

/** Checks of the numbers and texts people enter in work logs. */
final class Amounts {
  private static final BigDecimal MAX = new BigDecimal("9999999");

  private Amounts() {}

  static BigDecimal nonNegative(BigDecimal value, String field, String what) {
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

  static String text(String value, String field, String missing, int max) {
    if (value == null || value.isBlank()) {
      throw new ValidationException(field, missing);
    }
    if (value.length() > max) {
      throw new ValidationException(field, "At most " + max + " characters.");
    }
    return value.strip();
  }
}
