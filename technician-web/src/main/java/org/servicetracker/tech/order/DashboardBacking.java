package org.servicetracker.tech.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicetracker.order.OrderFilter;
import org.servicetracker.order.OrderService;
import org.servicetracker.order.OrderSummary;
import org.servicetracker.shared.Page;
import org.servicetracker.shared.PageRequest;
import org.servicetracker.tech.identity.CurrentUser;

/**
 * index.xhtml, the dashboard: open orders assigned to me, and open orders nobody has claimed yet.
 */
@Named
@RequestScoped
public class DashboardBacking {
  static final int PAGE_SIZE = 20;

  @Inject OrderService orders;
  @Inject CurrentUser currentUser;

  private Page<OrderSummary> mine;
  private Page<OrderSummary> unassigned;

  public Page<OrderSummary> getMine() {
    if (mine == null) {
      mine =
          orders.list(
              currentUser.actor(),
              OrderFilter.assignedTo(currentUser.get().id()),
              new PageRequest(0, PAGE_SIZE),
              true);
    }
    return mine;
  }

  public Page<OrderSummary> getUnassigned() {
    if (unassigned == null) {
      unassigned =
          orders.list(
              currentUser.actor(),
              OrderFilter.unassignedOpen(),
              new PageRequest(0, PAGE_SIZE),
              true);
    }
    return unassigned;
  }
}
