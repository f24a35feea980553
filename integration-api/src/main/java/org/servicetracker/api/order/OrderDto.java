package org.servicetracker.api.order;

import java.time.Instant;
import org.servicetracker.order.OrderSummary;

/** An order in a list. */
public record OrderDto(
    String number,
    String kind,
    String priority,
    String status,
    String summary,
    String account,
    String site,
    String asset,
    Instant createdAt,
    Instant updatedAt) {

  static OrderDto of(OrderSummary o) {
    return new OrderDto(
        o.number(),
        o.kind().name(),
        o.priority().name(),
        o.status().name(),
        o.summary(),
        o.accountName(),
        o.siteName(),
        o.assetName(),
        o.createdAt(),
        o.updatedAt());
  }
}
