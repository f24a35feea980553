package org.servicetracker.order;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * What a customer (or an integration) searches the orders for, on top of the caller's own scope.
 *
 * @param text case-insensitive substring of the asset's name, tag, serial, make or model, of the
 *     site's name, or (when it looks like part of one) of the order number
 * @param statuses any of these statuses; empty means all
 * @param priority only this priority, or {@code null}
 * @param createdFrom created on or after this day (server time zone), or {@code null}
 * @param createdTo created on or before this day, or {@code null}
 * @param sort newest first by creation or by last update
 */
public record OrderQuery(
    String text,
    Set<OrderStatus> statuses,
    Priority priority,
    LocalDate createdFrom,
    LocalDate createdTo,
    OrderSort sort) {
  public static final int MAX_TEXT = 100;

  public OrderQuery {
    text = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    if (text != null && text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT);
    }
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    sort = sort == null ? OrderSort.CREATED : sort;
    if (createdFrom != null && createdTo != null && createdTo.isBefore(createdFrom)) {
      throw new org.servicetracker.shared.ValidationException(
          "createdTo", "The end date must not be before the start date.");
    }
  }

  public static final OrderQuery ALL =
      new OrderQuery(null, Set.of(), null, null, null, OrderSort.CREATED);
}
