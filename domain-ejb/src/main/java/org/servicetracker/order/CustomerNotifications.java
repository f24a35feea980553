package org.servicetracker.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicetracker.identity.AppUser;
import org.servicetracker.identity.UserRepository;
import org.servicetracker.notification.Inbox;
import org.servicetracker.notification.Outbox;
import org.servicetracker.organisation.OrganisationService;
import org.servicetracker.shared.Actor;

/**
 * E-mails the customer account's users when their order's status changes or a public note is added
 * (X3), through the outbox in the same transaction as the change. Rules: only public timeline
 * entries are ever mailed; the person who made the change is not told about it; each mail links
 * straight to the order in the portal.
 */
@ApplicationScoped
public class CustomerNotifications {
  @Inject UserRepository users;
  @Inject Outbox outbox;
  @Inject Inbox inbox;
  @Inject OrganisationService organisation;

  @Inject
  @ConfigProperty(name = "st.public-url", defaultValue = "http://localhost:9080")
  String publicUrl;

  void statusChanged(ServiceOrder order, TimelineEntry entry, Actor by) {
    String status = OrderStatus.valueOf(entry.getToValue()).label();
    send(
        order,
        by,
        order.getNumber() + " is now " + status,
        "The status of your request "
            + order.getNumber()
            + " ("
            + order.getSummary()
            + ") is now "
            + status
            + "."
            + (entry.getBody() == null ? "" : "\n\n" + by.name() + ": " + entry.getBody()));
  }

  void noteAdded(ServiceOrder order, TimelineEntry entry, Actor by) {
    send(
        order,
        by,
        "New note on " + order.getNumber(),
        by.name()
            + " wrote on your request "
            + order.getNumber()
            + " ("
            + order.getSummary()
            + "):\n\n"
            + entry.getBody());
  }

  void visitScheduled(ServiceOrder order, Actor by) {
    java.time.format.DateTimeFormatter format =
        java.time.format.DateTimeFormatter.ofPattern(
                "EEEE d MMMM yyyy, HH:mm", java.util.Locale.ENGLISH)
            .withZone(java.time.ZoneId.systemDefault());
    send(
        order,
        by,
        "Visit booked for " + order.getNumber(),
        "A visit for your request "
            + order.getNumber()
            + " ("
            + order.getSummary()
            + ") is booked from "
            + format.format(order.getScheduledStart())
            + " to "
            + format.format(order.getScheduledEnd())
            + ".");
  }

  private void send(ServiceOrder order, Actor by, String subject, String text) {
    tell(
        order.getAccount().getId(),
        order.getNumber(),
        by,
        subject,
        text,
        order.getPriority() == Priority.URGENT);
  }

  /**
   * Tells the account's customers (but not {@code by}) news of one of their orders: in the in-app
   * feed, and by mail at once, or in the daily digest of those who chose one unless {@code
   * immediate} (urgent orders, approvals, invoices).
   */
  public void tell(
      long accountId,
      String orderNumber,
      Actor by,
      String subject,
      String text,
      boolean immediate) {
    String link =
        publicUrl
            + "/portal/order.xhtml?number="
            + URLEncoder.encode(orderNumber, StandardCharsets.UTF_8);
    boolean sms = organisation.isSmsEnabled();
    for (AppUser user : users.activeCustomersOf(accountId)) {
      if (Objects.equals(user.getId(), by.userId())) {
        continue;
      }
      boolean digest = user.isNotifyDaily() && !immediate;
      inbox.add(user.getId(), subject, orderNumber, digest);
      if (digest) {
        continue;
      }
      if (sms && user.isSmsOptIn()) {
        outbox.sms(user.getPhone(), subject + " " + link);
      }
      outbox.email(
          user.getNotificationAddress(),
          subject,
          "Hello "
              + user.getDisplayName()
              + ",\n\n"
              + text
              + "\n\nOpen the request: "
              + link
              + "\n");
    }
  }
}
