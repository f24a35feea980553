package org.servicetracker.portal.order;

import java.time.format.DateTimeFormatter;
import org.servicetracker.order.OrderSummary;
import org.servicetracker.web.Csv;

/** Orders as the requests export writes them. */
final class OrderCsv {
  static final String HEADER =
      Csv.line(
          "Order", "Kind", "Priority", "Status", "Summary", "Site", "Asset", "Created", "Updated");

  private OrderCsv() {}

  static String row(OrderSummary o) {
    return Csv.line(
        o.number(),
        o.kind().name(),
        o.priority().name(),
        o.status().name(),
        o.summary(),
        o.siteName(),
        o.assetName(),
        DateTimeFormatter.ISO_INSTANT.format(o.createdAt()),
        DateTimeFormatter.ISO_INSTANT.format(o.updatedAt()));
  }
}
