package org.servicetracker.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One event for one subscription, and how its sending went so far. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {
  enum Status {
    PENDING,
    DELIVERED,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "subscription_id", nullable = false)
  private long subscriptionId;

  @Column(name = "event_id", nullable = false)
  private String eventId;

  @Column(name = "event_type", nullable = false)
  private String eventType;

  @Column(nullable = false)
  private String payload;

  @Column(nullable = false)
  private String status = Status.PENDING.name();

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_status_code")
  private Integer lastStatusCode;

  @Column(name = "last_duration_ms")
  private Integer lastDurationMs;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  protected WebhookDelivery() {}

  WebhookDelivery(long subscriptionId, String eventId, String eventType, String payload) {
    this.subscriptionId = subscriptionId;
    this.eventId = eventId;
    this.eventType = eventType;
    this.payload = payload;
    this.createdAt = Instant.now();
  }

  /** One attempt's outcome: a status code (null without an answer), its time, an error. */
  void attempted(Integer statusCode, int durationMs, String error, boolean delivered) {
    attempts++;
    lastStatusCode = statusCode;
    lastDurationMs = durationMs;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    if (delivered) {
      status = Status.DELIVERED.name();
      deliveredAt = Instant.now();
    }
  }

  void gaveUp() {
    status = Status.FAILED.name();
  }

  /** Sent again on request: pending until the new attempt's answer. */
  void replayed() {
    status = Status.PENDING.name();
  }

  DeliveryView view() {
    return new DeliveryView(
        id,
        subscriptionId,
        eventId,
        eventType,
        status,
        attempts,
        lastStatusCode,
        lastDurationMs,
        lastError,
        createdAt,
        deliveredAt);
  }

  Long getId() {
    return id;
  }

  long getSubscriptionId() {
    return subscriptionId;
  }

  String getEventId() {
    return eventId;
  }

  String getEventType() {
    return eventType;
  }

  String getPayload() {
    return payload;
  }
}
