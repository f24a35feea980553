package org.servicetracker.api.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.servicetracker.shared.ValidationException;

/** Enum values as clients write them, refused with the list of the allowed ones. */
public final class Enums {
  private Enums() {}

  /** The constant named {@code value} (case-insensitive), or null when no value was given. */
  public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ValidationException(
          field,
          "'"
              + value
              + "' is not a valid "
              + field
              + "; use one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", "))
              + ".");
    }
  }

  /** The constant named {@code value}, or {@code otherwise} when no value was given. */
  public static <E extends Enum<E>> E parse(
      Class<E> type, String field, String value, E otherwise) {
    E parsed = parse(type, field, value);
    return parsed == null ? otherwise : parsed;
  }

  public static <E extends Enum<E>> E required(Class<E> type, String field, String value) {
    E parsed = parse(type, field, value);
    if (parsed == null) {
      throw new ValidationException(field, "'" + field + "' is required.");
    }
    return parsed;
  }
}
