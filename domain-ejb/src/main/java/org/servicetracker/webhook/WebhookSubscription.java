package org.servicetracker.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** An API client's address for events of the types it names. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false)
  private long clientId;

  @Column(nullable = false)
  private String url;

  /** Comma-separated event types. */
  @Column(nullable = false)
  private String events;

  @Column(nullable = false)
  private String secret;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected WebhookSubscription() {}

  WebhookSubscription(long clientId, String url, List<String> events, String secret) {
    this.clientId = clientId;
    this.url = url;
    this.events = String.join(",", events);
    this.secret = secret;
    this.createdAt = Instant.now();
  }

  List<String> eventTypes() {
    return Arrays.asList(events.split(","));
  }

  boolean wants(String type) {
    return active && eventTypes().contains(type);
  }

  void deactivate() {
    active = false;
  }

  SubscriptionView view() {
    return new SubscriptionView(id, clientId, url, eventTypes(), active, createdAt);
  }

  Long getId() {
    return id;
  }

  long getClientId() {
    return clientId;
  }

  String getUrl() {
    return url;
  }

  String getSecret() {
    return secret;
  }

  boolean isActive() {
    return active;
  }
}
