package org.servicetracker.portal.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.servicetracker.invoice.BillingSettings;
import org.servicetracker.invoice.InvoiceQuery;
import org.servicetracker.invoice.InvoiceService;
import org.servicetracker.invoice.InvoiceSummary;
import org.servicetracker.notification.Inbox;
import org.servicetracker.notification.InboxEntry;
import org.servicetracker.order.OrderService;
import org.servicetracker.order.OrderSummary;
import org.servicetracker.portal.identity.CurrentUser;
import org.servicetracker.quote.ProposalService;
import org.servicetracker.quote.ProposalView;
import org.servicetracker.shared.CappedCount;
import org.servicetracker.shared.Money;
import org.servicetracker.shared.Page;
import org.servicetracker.shared.PageRequest;

/**
 * index.xhtml, the landing page (C2): recent requests, what awaits the customer's answer,
 * outstanding invoices, notifications and upcoming visits.
 */
@Named
@RequestScoped
public class OverviewBacking {
  static final int RECENT = 5;
  static final int NOTIFICATIONS = 10;

  @Inject OrderService orders;
  @Inject CurrentUser currentUser;
  @Inject Inbox inbox;
  @Inject InvoiceService invoices;
  @Inject BillingSettings billing;
  @Inject ProposalService proposals;

  private List<OrderSummary> recent;
  private List<OrderSummary> upcoming;
  private List<InboxEntry> notifications;
  private CappedCount unread;
  private Page<InvoiceSummary> outstanding;
  private Page<ProposalView> awaiting;

  /** The user's latest notifications, unread ones marked. */
  public List<InboxEntry> getNotifications() {
    if (notifications == null) {
      notifications = inbox.latest(currentUser.actor(), NOTIFICATIONS);
    }
    return notifications;
  }

  /**
   * How many notifications are unread, up to "99+" (counted only when the newest ones include any:
   * all are marked at once).
   */
  public CappedCount getUnread() {
    if (unread == null) {
      unread =
          getNotifications().stream().anyMatch(InboxEntry::unread)
              ? inbox.unread(currentUser.actor())
              : new CappedCount(0, false);
    }
    return unread;
  }

  public void markAllRead() throws java.io.IOException {
    inbox.markAllRead(currentUser.actor());
    org.servicetracker.web.Pages.redirect("/index.xhtml");
  }

  /** The account's next booked visits. */
  public List<OrderSummary> getUpcoming() {
    if (upcoming == null) {
      upcoming = orders.upcomingVisits(currentUser.actor(), RECENT);
    }
    return upcoming;
  }

  /** The account's unpaid invoices, newest first (a page of them, with the count). */
  public Page<InvoiceSummary> getOutstanding() {
    if (outstanding == null) {
      outstanding =
          invoices.list(
              currentUser.actor(),
              new InvoiceQuery("OUTSTANDING", null, null, null),
              new PageRequest(0, RECENT));
    }
    return outstanding;
  }

  public String getBalance() {
    return Money.format(invoices.balance(currentUser.actor()), billing.currency());
  }

  /** Recommendations and quotes with lines the account has not answered yet. */
  public Page<ProposalView> getAwaiting() {
    if (awaiting == null) {
      awaiting = proposals.awaitingResponse(currentUser.actor(), new PageRequest(0, RECENT));
    }
    return awaiting;
  }

  public List<OrderSummary> getRecent() {
    if (recent == null) {
      recent = orders.recent(currentUser.actor(), RECENT);
    }
    return recent;
  }
}
