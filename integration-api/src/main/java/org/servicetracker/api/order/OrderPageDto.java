package org.servicetracker.api.order;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.servicetracker.order.OrderSummary;
import org.servicetracker.shared.Page;

/** A page of orders, newest first. */
public record OrderPageDto(
    List<OrderDto> items,
    int page,
    int size,
    @Schema(description = "Matching orders, counted up to 1,000") Long total,
    @Schema(description = "True when counting stopped at total: there are more")
        boolean totalCapped) {
  static OrderPageDto of(Page<OrderSummary> page) {
    Page<OrderDto> dtos = page.map(OrderDto::of);
    return new OrderPageDto(dtos.items(), dtos.page(), dtos.size(), dtos.total(), dtos.capped());
  }
}
