package org.servicetracker.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.servicetracker.order.OrderStatus;

/** The main path of the lifecycle with an order's place on it, as the order pages show it. */
public final class StatusRibbon {
  private static final List<OrderStatus> MAIN_PATH =
      List.of(
          OrderStatus.DRAFT,
          OrderStatus.SCHEDULED,
          OrderStatus.NEW,
          OrderStatus.IN_PROGRESS,
          OrderStatus.AWAITING_PARTS,
          OrderStatus.WITH_MANUFACTURER,
          OrderStatus.READY_FOR_RETURN,
          OrderStatus.COMPLETED);

  /** One status on the ribbon. */
  public record Step(OrderStatus status, boolean done, boolean current) implements Serializable {}

  private StatusRibbon() {}

  public static List<Step> of(OrderStatus status) {
    List<Step> steps = new ArrayList<>();
    int current = MAIN_PATH.indexOf(status);
    for (int i = 0; i < MAIN_PATH.size(); i++) {
      steps.add(new Step(MAIN_PATH.get(i), i < current, i == current));
    }
    if (status == OrderStatus.CANCELLED) {
      steps.add(new Step(OrderStatus.CANCELLED, false, true));
    }
    return steps;
  }
}
