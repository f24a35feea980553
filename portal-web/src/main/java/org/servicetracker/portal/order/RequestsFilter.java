package org.servicetracker.portal.order;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.servicetracker.order.OrderQuery;
import org.servicetracker.order.OrderSort;
import org.servicetracker.order.OrderStatus;
import org.servicetracker.order.Priority;
import org.servicetracker.shared.ValidationException;

/**
 * The requests list's search as URL parameters ({@code q}, {@code status} (repeatable), {@code
 * priority}, {@code from}, {@code to}, {@code sort}, {@code page}), so that every list view can be
 * bookmarked and shared; read the same way by the page and by the CSV export.
 */
record RequestsFilter(OrderQuery query, int page) {

  static RequestsFilter parse(Map<String, String[]> params) {
    Set<OrderStatus> statuses = EnumSet.noneOf(OrderStatus.class);
    for (String status : params.getOrDefault("status", new String[0])) {
      if (!status.isBlank()) {
        statuses.add(parseEnum(OrderStatus.class, "status", status));
      }
    }
    String priority = first(params, "priority");
    String sort = first(params, "sort");
    OrderQuery query =
        new OrderQuery(
            first(params, "q"),
            statuses,
            priority == null ? null : parseEnum(Priority.class, "priority", priority),
            date(params, "from"),
            date(params, "to"),
            sort == null ? OrderSort.CREATED : parseEnum(OrderSort.class, "sort", sort));
    String page = first(params, "page");
    try {
      return new RequestsFilter(query, page == null ? 0 : Math.max(0, Integer.parseInt(page)));
    } catch (NumberFormatException e) {
      throw new ValidationException("page", "The page number is not valid.");
    }
  }

  /** The URL parameters of this search on another page ({@code page} left out for the first). */
  String toQueryString(int otherPage) {
    List<String> parts = new ArrayList<>();
    add(parts, "q", query.text());
    query.statuses().stream().sorted().forEach(s -> add(parts, "status", s.name()));
    add(parts, "priority", query.priority() == null ? null : query.priority().name());
    add(parts, "from", query.createdFrom() == null ? null : query.createdFrom().toString());
    add(parts, "to", query.createdTo() == null ? null : query.createdTo().toString());
    if (query.sort() != OrderSort.CREATED) {
      add(parts, "sort", query.sort().name());
    }
    if (otherPage > 0) {
      add(parts, "page", Integer.toString(otherPage));
    }
    return String.join("&", parts);
  }

  private static void add(List<String> parts, String name, String value) {
    if (value != null) {
      parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  private static String first(Map<String, String[]> params, String name) {
    String[] values = params.get(name);
    return values == null || values.length == 0 || values[0].isBlank() ? null : values[0].strip();
  }

  private static LocalDate date(Map<String, String[]> params, String name) {
    String value = first(params, name);
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ValidationException(name, "'" + value + "' is not a date (use YYYY-MM-DD).");
    }
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String field, String value) {
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw new ValidationException(field, "'" + value + "' is not a known " + field + ".");
    }
  }
}
