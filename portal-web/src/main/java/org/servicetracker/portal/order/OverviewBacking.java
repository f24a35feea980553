package org.servicetracker.portal.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.servicetracker.order.OrderService;
import org.servicetracker.order.OrderSummary;
import org.servicetracker.portal.identity.CurrentUser;

/** index.xhtml, the landing page: the account's five most recent requests. */
@Named
@RequestScoped
public class OverviewBacking {
  static final int RECENT = 5;

  @Inject OrderService orders;
  @Inject CurrentUser currentUser;

  private List<OrderSummary> recent;
  private List<OrderSummary> upcoming;

  /** The account's next booked visits. */
  public List<OrderSummary> getUpcoming() {
    if (upcoming == null) {
      upcoming = orders.upcomingVisits(currentUser.actor(), RECENT);
    }
    return upcoming;
  }

  public List<OrderSummary> getRecent() {
    if (recent == null) {
      recent = orders.recent(currentUser.actor(), RECENT);
    }
    return recent;
  }
}
