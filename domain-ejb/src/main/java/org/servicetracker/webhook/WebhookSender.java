package org.servicetracker.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.servicetracker.notification.Backoff;
import org.servicetracker.notification.Outbox;
import org.servicetracker.notification.OutboxMessage;
import org.servicetracker.notification.WebhookTransport;
import org.servicetracker.shared.Signatures;

/**
 * Sends a webhook delivery: a POST of the JSON payload with {@code Webhook-Id} (the event, the same
 * on every retry and replay, for the receiver to drop repeats), {@code Webhook-Event}, {@code
 * Webhook-Timestamp} and {@code Webhook-Signature: t=…,v1=…}, the hex HMAC-SHA256 of {@code
 * timestamp + "." + body} with the subscription's secret. Each attempt is logged with its status
 * code and time.
 */
@ApplicationScoped
public class WebhookSender implements WebhookTransport {
  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  @Inject WebhookSettings settings;
  @Inject Addresses addresses;

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Override
  public void deliver(OutboxMessage message) throws IOException {
    long deliveryId =
        Long.parseLong(message.getRecipient().substring(Outbox.WEBHOOK_PREFIX.length()));
    WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
    WebhookSubscription subscription =
        delivery == null ? null : em.find(WebhookSubscription.class, delivery.getSubscriptionId());
    if (subscription == null || !subscription.isActive()) {
      return; // unsubscribed meanwhile: nothing to send, nothing to retry
    }
    long started = System.nanoTime();
    Integer status = null;
    String error = null;
    try {
      URI uri = URI.create(subscription.getUrl());
      addresses.requirePublic(uri);
      String timestamp = Long.toString(Instant.now().getEpochSecond());
      String body = delivery.getPayload();
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .timeout(settings.timeout())
              .header("Content-Type", "application/json")
              .header("User-Agent", "ServiceTracker-Webhooks/1")
              .header("Webhook-Id", delivery.getEventId())
              .header("Webhook-Event", delivery.getEventType())
              .header("Webhook-Delivery", Long.toString(deliveryId))
              .header("Webhook-Timestamp", timestamp)
              .header(
                  "Webhook-Signature",
                  "t="
                      + timestamp
                      + ",v1="
                      + Signatures.sign(subscription.getSecret(), timestamp + "." + body))
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status / 100 != 2) {
        error = "The receiver answered " + status + ".";
      }
    } catch (IOException | RuntimeException e) {
      error = e.toString();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error = e.toString();
    }
    int millis = (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
    delivery.attempted(status, millis, error, error == null);
    em.createNativeQuery(
            "INSERT INTO webhook_attempt (delivery_id, attempted_at, status_code, duration_ms,"
                + " error) VALUES (?1, now(), CAST(?2 AS INTEGER), ?3, ?4)")
        .setParameter(1, deliveryId)
        .setParameter(2, status)
        .setParameter(3, millis)
        .setParameter(4, error == null ? null : error.substring(0, Math.min(error.length(), 1000)))
        .executeUpdate();
    if (error != null) {
      if (Instant.now().isAfter(message.getCreatedAt().plus(settings.giveUpAfter()))) {
        delivery.gaveUp();
      }
      throw new IOException(error);
    }
  }

  @Override
  public Backoff backoff() {
    return new Backoff(settings.firstRetry(), settings.maxRetry());
  }

  @Override
  public Duration giveUpAfter() {
    return settings.giveUpAfter();
  }
}
