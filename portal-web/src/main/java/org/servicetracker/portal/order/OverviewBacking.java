package org.servicetracker.portal.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.servicetracker.notification.Inbox;
import org.servicetracker.notification.InboxEntry;
import org.servicetracker.order.OrderService;
import org.servicetracker.order.OrderSummary;
import org.servicetracker.portal.identity.CurrentUser;

/** index.xhtml, the landing page: the account's five most recent requests. */
@Named
@RequestScoped
public class OverviewBacking {
  static final int RECENT = 5;
  static final int NOTIFICATIONS = 10;

  @Inject OrderService orders;
  @Inject CurrentUser currentUser;
  @Inject Inbox inbox;

  private List<OrderSummary> recent;
  private List<OrderSummary> upcoming;
  private List<InboxEntry> notifications;
  private Long unread;

  /** The user's latest notifications, unread ones marked. */
  public List<InboxEntry> getNotifications() {
    if (notifications == null) {
      notifications = inbox.latest(currentUser.actor(), NOTIFICATIONS);
    }
    return notifications;
  }

  /**
   * How many notifications are unread (counted only when the newest ones include any: all are
   * marked at once).
   */
  public long getUnread() {
    if (unread == null) {
      unread =
          getNotifications().stream().anyMatch(InboxEntry::unread)
              ? inbox.unread(currentUser.actor())
              : 0L;
    }
    return unread;
  }

  public void markAllRead() throws java.io.IOException {
    inbox.markAllRead(currentUser.actor());
    org.servicetracker.portal.shared.Pages.redirect("/index.xhtml");
  }

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
