package org.servicetracker.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.servicetracker.shared.ValidationException;

/** Reading and writing the search parameters that list pages keep in their URLs. */
public final class UrlParams {
  private UrlParams() {}

  /** The first non-blank value of the parameter, stripped, or null. */
  public static String first(Map<String, String[]> params, String name) {
    String[] values = params.get(name);
    return values == null || values.length == 0 || values[0].isBlank() ? null : values[0].strip();
  }

  public static LocalDate date(Map<String, String[]> params, String name) {
    String value = first(params, name);
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ValidationException(name, "'" + value + "' is not a date (use YYYY-MM-DD).");
    }
  }

  public static int page(Map<String, String[]> params) {
    String page = first(params, "page");
    try {
      return page == null ? 0 : Math.max(0, Integer.parseInt(page));
    } catch (NumberFormatException e) {
      throw new ValidationException("page", "The page number is not valid.");
    }
  }

  public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw new ValidationException(field, "'" + value + "' is not a known " + field + ".");
    }
  }

  /** Adds {@code name=value} (encoded) unless the value is null. */
  public static void add(List<String> parts, String name, Object value) {
    if (value != null) {
      parts.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
    }
  }

  /** URL parameters of a text search on page {@code page} (0-based): {@code q=…&page=…}. */
  public static String search(String q, int page) {
    List<String> parts = new ArrayList<>();
    add(parts, "q", q == null || q.isBlank() ? null : q.strip());
    add(parts, "page", page > 0 ? page : null);
    return String.join("&", parts);
  }
}
