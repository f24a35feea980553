package org.servicetracker.api.order;

import java.util.List;
import org.servicetracker.order.OrderSummary;
import org.servicetracker.shared.Page;

/** A page of orders, newest first. */
public record OrderPageDto(List<OrderDto> items, int page, int size, Long total) {
  static OrderPageDto of(Page<OrderSummary> page) {
    Page<OrderDto> dtos = page.map(OrderDto::of);
    return new OrderPageDto(dtos.items(), dtos.page(), dtos.size(), dtos.total());
  }
}
