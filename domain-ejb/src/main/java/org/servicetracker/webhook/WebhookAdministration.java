package org.servicetracker.webhook;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.servicetracker.shared.AccessDeniedException;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.Role;

/**
 * The technician app's view of an API client's webhooks (I6), for administrators: the same
 * operations the client has through the API, and the client's recent deliveries.
 */
@Stateless
public class WebhookAdministration {
  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  @Inject WebhookService webhooks;

  public List<SubscriptionView> subscriptions(Actor actor, long clientId) {
    requireAdmin(actor);
    return webhooks.subscriptions(clientId);
  }

  public NewSubscription subscribe(Actor actor, long clientId, String url, List<String> events) {
    requireAdmin(actor);
    return webhooks.subscribe(clientId, url, events);
  }

  public void unsubscribe(Actor actor, long clientId, long subscriptionId) {
    requireAdmin(actor);
    webhooks.unsubscribe(clientId, subscriptionId);
  }

  public DeliveryView ping(Actor actor, long clientId, long subscriptionId) {
    requireAdmin(actor);
    return webhooks.ping(clientId, subscriptionId);
  }

  public DeliveryView replay(Actor actor, long clientId, long subscriptionId, long deliveryId) {
    requireAdmin(actor);
    return webhooks.replay(clientId, subscriptionId, deliveryId);
  }

  /** The client's latest deliveries over all its subscriptions, newest first. */
  public List<DeliveryView> recentDeliveries(Actor actor, long clientId, int limit) {
    requireAdmin(actor);
    return em.createQuery(
            "SELECT d FROM WebhookDelivery d, WebhookSubscription s"
                + " WHERE s.id = d.subscriptionId AND s.clientId = :client"
                + " ORDER BY d.createdAt DESC, d.id DESC",
            WebhookDelivery.class)
        .setParameter("client", clientId)
        .setMaxResults(limit)
        .getResultStream()
        .map(WebhookDelivery::view)
        .toList();
  }

  private static void requireAdmin(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new AccessDeniedException("Webhooks are managed by administrators.");
    }
  }
}
