package org.servicetracker.api.shared;

import org.servicetracker.shared.PageRequest;
import org.servicetracker.shared.ValidationException;

/**
 * Reads {@code page} and {@code size} query parameters, refusing anything that is not a sensible
 * number.
 */
public final class Paging {
  public static final int DEFAULT_SIZE = 50;

  private Paging() {}

  public static PageRequest of(String page, String size) {
    return new PageRequest(number("page", page, 0), number("size", size, DEFAULT_SIZE));
  }

  private static int number(String name, String value, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new ValidationException(name, "'" + name + "' must be a whole number.");
    }
  }
}
