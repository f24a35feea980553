package org.servicetracker.webhook;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.servicetracker.identity.Tokens;
import org.servicetracker.notification.Outbox;
import org.servicetracker.shared.BusinessEvent;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.shared.Page;
import org.servicetracker.shared.PageRequest;
import org.servicetracker.shared.ValidationException;

/**
 * Webhook subscriptions of API clients and their deliveries (I6). Every business event becomes, in
 * the transaction that caused it, one delivery per active subscription that names its type and may
 * see it (an account-scoped client hears only of its own account, and of nothing internal); the
 * outbox then sends it.
 */
@Stateless
public class WebhookService {
  static final int MAX_SUBSCRIPTIONS = 20;

  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  @Inject Outbox outbox;
  @Inject Addresses addresses;

  /** Subscribes the client's address to event types; the signing secret is shown this once. */
  public NewSubscription subscribe(long clientId, String url, List<String> events) {
    if (events == null || events.isEmpty()) {
      throw new ValidationException(
          "events", "Name the events to send, any of " + String.join(", ", EventTypes.ALL) + ".");
    }
    for (String type : events) {
      if (!EventTypes.ALL.contains(type)) {
        throw new ValidationException(
            "events",
            "'" + type + "' is not an event type; use " + String.join(", ", EventTypes.ALL) + ".");
      }
    }
    String address = addresses.checked(url);
    long existing =
        em.createQuery(
                "SELECT COUNT(s) FROM WebhookSubscription s WHERE s.clientId = :client"
                    + " AND s.active = TRUE",
                Long.class)
            .setParameter("client", clientId)
            .getSingleResult();
    if (existing >= MAX_SUBSCRIPTIONS) {
      throw new ValidationException(
          "url", "A client has at most " + MAX_SUBSCRIPTIONS + " subscriptions.");
    }
    String secret = "whsec_" + Tokens.newSecret();
    WebhookSubscription subscription =
        new WebhookSubscription(clientId, address, List.copyOf(events), secret);
    em.persist(subscription);
    em.flush();
    return new NewSubscription(subscription.view(), secret);
  }

  public List<SubscriptionView> subscriptions(long clientId) {
    return em.createQuery(
            "SELECT s FROM WebhookSubscription s WHERE s.clientId = :client AND s.active = TRUE"
                + " ORDER BY s.id",
            WebhookSubscription.class)
        .setParameter("client", clientId)
        .getResultStream()
        .map(WebhookSubscription::view)
        .toList();
  }

  /** Ends the subscription; nothing more is sent to it. */
  public void unsubscribe(long clientId, long id) {
    own(clientId, id).deactivate();
  }

  /** The subscription's deliveries, newest first. */
  public Page<DeliveryView> deliveries(long clientId, long id, PageRequest page) {
    own(clientId, id);
    List<DeliveryView> items =
        em.createQuery(
                "SELECT d FROM WebhookDelivery d WHERE d.subscriptionId = :subscription"
                    + " ORDER BY d.createdAt DESC, d.id DESC",
                WebhookDelivery.class)
            .setParameter("subscription", id)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultStream()
            .map(WebhookDelivery::view)
            .toList();
    return new Page<>(items, page.page(), page.size(), null);
  }

  /** Sends a delivery again, with the same event id and payload. */
  public DeliveryView replay(long clientId, long id, long deliveryId) {
    own(clientId, id);
    WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
    if (delivery == null || delivery.getSubscriptionId() != id) {
      throw new NotFoundException("No delivery " + deliveryId + " of subscription " + id + ".");
    }
    delivery.replayed();
    outbox.webhook(delivery.getId(), delivery.getEventType(), delivery.getPayload());
    return delivery.view();
  }

  /** A {@code ping} event to this subscription only, to test the receiver. */
  public DeliveryView ping(long clientId, long id) {
    WebhookSubscription subscription = own(clientId, id);
    return deliver(
            subscription,
            UUID.randomUUID().toString(),
            EventTypes.PING,
            payload(UUID.randomUUID().toString(), EventTypes.PING, null, Map.of(), Instant.now()))
        .view();
  }

  /** Turns a business event into deliveries, in the transaction that caused it. */
  public void dispatch(@Observes BusinessEvent event) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createQuery(
                "SELECT s, a.id FROM WebhookSubscription s, ApiClient c LEFT JOIN c.account a"
                    + " WHERE c.id = s.clientId AND s.active = TRUE AND c.active = TRUE"
                    + " AND c.revokedAt IS NULL")
            .getResultList();
    String eventId = UUID.randomUUID().toString();
    String payload = null;
    for (Object[] row : rows) {
      WebhookSubscription subscription = (WebhookSubscription) row[0];
      Long account = (Long) row[1];
      boolean visible = account == null || (account == event.accountId() && !event.internal());
      if (visible && subscription.wants(event.type())) {
        if (payload == null) {
          payload =
              payload(eventId, event.type(), event.accountId(), event.data(), event.occurredAt());
        }
        deliver(subscription, eventId, event.type(), payload);
      }
    }
  }

  private WebhookDelivery deliver(
      WebhookSubscription subscription, String eventId, String type, String payload) {
    WebhookDelivery delivery = new WebhookDelivery(subscription.getId(), eventId, type, payload);
    em.persist(delivery);
    em.flush();
    outbox.webhook(delivery.getId(), type, payload);
    return delivery;
  }

  private WebhookSubscription own(long clientId, long id) {
    WebhookSubscription subscription = em.find(WebhookSubscription.class, id);
    if (subscription == null
        || subscription.getClientId() != clientId
        || !subscription.isActive()) {
      throw new NotFoundException("No webhook subscription " + id + ".");
    }
    return subscription;
  }

  /** {@code {"id", "type", "occurredAt", "accountId", "data": {…}}}. */
  static String payload(
      String eventId, String type, Long accountId, Map<String, Object> data, Instant at) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("id", eventId)
            .add("type", type)
            .add("occurredAt", at.toString());
    if (accountId != null) {
      body.add("accountId", accountId);
    }
    JsonObjectBuilder fields = Json.createObjectBuilder();
    data.forEach(
        (name, value) -> {
          if (value == null) {
            fields.addNull(name);
          } else if (value instanceof Number n) {
            fields.add(name, new BigDecimal(n.toString()));
          } else if (value instanceof Boolean b) {
            fields.add(name, b);
          } else {
            fields.add(name, value.toString());
          }
        });
    return body.add("data", fields).build().toString();
  }
}
