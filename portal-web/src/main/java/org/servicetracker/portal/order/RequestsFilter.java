package org.servicetracker.portal.order;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.servicetracker.order.OrderQuery;
import org.servicetracker.order.OrderSort;
import org.servicetracker.order.OrderStatus;
import org.servicetracker.order.Priority;
import org.servicetracker.web.UrlParams;

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
        statuses.add(UrlParams.enumValue(OrderStatus.class, "status", status));
      }
    }
    String priority = UrlParams.first(params, "priority");
    String sort = UrlParams.first(params, "sort");
    OrderQuery query =
        new OrderQuery(
            UrlParams.first(params, "q"),
            statuses,
            priority == null ? null : UrlParams.enumValue(Priority.class, "priority", priority),
            UrlParams.date(params, "from"),
            UrlParams.date(params, "to"),
            sort == null ? OrderSort.CREATED : UrlParams.enumValue(OrderSort.class, "sort", sort));
    return new RequestsFilter(query, UrlParams.page(params));
  }

  /** The URL parameters of this search on another page ({@code page} left out for the first). */
  String toQueryString(int otherPage) {
    List<String> parts = new ArrayList<>();
    UrlParams.add(parts, "q", query.text());
    query.statuses().stream().sorted().forEach(s -> UrlParams.add(parts, "status", s.name()));
    UrlParams.add(parts, "priority", query.priority() == null ? null : query.priority().name());
    UrlParams.add(
        parts, "from", query.createdFrom() == null ? null : query.createdFrom().toString());
    UrlParams.add(parts, "to", query.createdTo() == null ? null : query.createdTo().toString());
    if (query.sort() != OrderSort.CREATED) {
      UrlParams.add(parts, "sort", query.sort().name());
    }
    if (otherPage > 0) {
      UrlParams.add(parts, "page", Integer.toString(otherPage));
    }
    return String.join("&", parts);
  }
}
