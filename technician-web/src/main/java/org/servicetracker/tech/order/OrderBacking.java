package org.servicetracker.tech.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.servicetracker.order.OrderDetails;
import org.servicetracker.order.OrderService;
import org.servicetracker.order.OrderStatus;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.tech.identity.CurrentUser;
import org.servicetracker.web.Pages;

/** order.xhtml?number=SR-000123: any order, with internal notes; an unknown number is a 404. */
@Named
@RequestScoped
public class OrderBacking {
  @Inject OrderService orders;
  @Inject CurrentUser currentUser;

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
  public record Step(OrderStatus status, boolean done, boolean current) {}

  private String number;
  private OrderDetails order;

  public void onLoad() {
    try {
      order = orders.details(currentUser.actor(), number);
    } catch (NotFoundException e) {
      Pages.sendError(404);
    }
  }

  /** The main path of the lifecycle with the order's place on it, for the status ribbon. */
  public List<Step> getRibbon() {
    List<Step> steps = new ArrayList<>();
    int current = MAIN_PATH.indexOf(order.status());
    for (int i = 0; i < MAIN_PATH.size(); i++) {
      steps.add(new Step(MAIN_PATH.get(i), i < current, i == current));
    }
    if (order.status() == OrderStatus.CANCELLED) {
      steps.add(new Step(OrderStatus.CANCELLED, false, true));
    }
    return steps;
  }

  private static final java.time.format.DateTimeFormatter VISIT_DAY =
      java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", java.util.Locale.ENGLISH)
          .withZone(java.time.ZoneId.systemDefault());
  private static final java.time.format.DateTimeFormatter VISIT_TIME =
      java.time.format.DateTimeFormatter.ofPattern("HH:mm", java.util.Locale.ENGLISH)
          .withZone(java.time.ZoneId.systemDefault());

  /** "Mon 24 Nov 2026 09:00 – 11:00" for a visit window as the timeline stores it ("start/end"). */
  public String visitWindow(String window) {
    String[] ends = window.split("/");
    return visit(java.time.Instant.parse(ends[0]), java.time.Instant.parse(ends[1]));
  }

  public String visit(java.time.Instant start, java.time.Instant end) {
    return VISIT_DAY.format(start) + " – " + VISIT_TIME.format(end);
  }

  public String getTechnicians() {
    return String.join(", ", order.assignees());
  }

  public OrderDetails getOrder() {
    return order;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }
}
