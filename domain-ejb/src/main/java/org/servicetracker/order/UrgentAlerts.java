package org.servicetracker.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicetracker.identity.AppUser;
import org.servicetracker.identity.UserRepository;
import org.servicetracker.notification.Inbox;
import org.servicetracker.notification.Outbox;
import org.servicetracker.organisation.OrganisationService;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.Role;

/**
 * Tells the dispatchers at once when an order becomes Urgent, by e-mail through the outbox (in the
 * same transaction as the change) and in their in-app feed: the on-call dispatcher (A3), or every
 * active dispatcher while nobody is on call.
 */
@ApplicationScoped
class UrgentAlerts {
  /** The on-call dispatcher if one is designated and active; otherwise every active dispatcher. */
  private java.util.List<AppUser> recipients() {
    return organisation
        .onCallDispatcher()
        .flatMap(users::findById)
        .filter(AppUser::isActive)
        .map(java.util.List::of)
        .orElseGet(() -> users.activeWithRole(Role.DISPATCHER));
  }

  @Inject UserRepository users;
  @Inject Outbox outbox;
  @Inject Inbox inbox;
  @Inject OrganisationService organisation;

  @Inject
  @ConfigProperty(name = "st.public-url", defaultValue = "http://localhost:9080")
  String publicUrl;

  void send(ServiceOrder order, Actor by) {
    for (AppUser dispatcher : recipients()) {
      inbox.add(
          dispatcher.getId(),
          "Urgent: " + order.getNumber() + " " + order.getSummary(),
          order.getNumber(),
          false);
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
