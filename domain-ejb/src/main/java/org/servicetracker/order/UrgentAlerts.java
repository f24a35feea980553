package org.servicetracker.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicetracker.identity.AppUser;
import org.servicetracker.identity.UserRepository;
import org.servicetracker.notification.Outbox;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.Role;

/**
 * Tells the dispatchers at once when an order becomes Urgent, by e-mail through the outbox (in the
 * same transaction as the change). Every active dispatcher is alerted until an on-call dispatcher
 * can be designated (A3).
 */
@ApplicationScoped
class UrgentAlerts {
  @Inject UserRepository users;
  @Inject Outbox outbox;

  @Inject
  @ConfigProperty(name = "st.public-url", defaultValue = "http://localhost:9080")
  String publicUrl;

  void send(ServiceOrder order, Actor by) {
    for (AppUser dispatcher : users.activeWithRole(Role.DISPATCHER)) {
      outbox.email(
          dispatcher.getNotificationAddress(),
          "Urgent: " + order.getNumber() + " " + order.getSummary(),
          "Hello "
              + dispatcher.getDisplayName()
              + ",\n\n"
              + by.name()
              + " marked order "
              + order.getNumber()
              + " of "
              + order.getAccount().getName()
              + " as Urgent.\n\n"
              + order.getSummary()
              + "\n\nOpen it: "
              + publicUrl
              + "/tech/order.xhtml?number="
              + order.getNumber()
              + "\n");
    }
  }
}
