package org.servicetracker.api.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.servicetracker.shared.ValidationException;

/** Dates in query parameters, ISO 8601 ({@code YYYY-MM-DD}). */
public final class Dates {
  private Dates() {}

  /** The date, or null when none was given. */
  public static LocalDate parse(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new ValidationException(field, "'" + value + "' is not a date (YYYY-MM-DD).");
    }
  }
}
