package org.servicetracker.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A message waiting to be delivered, or the record that it was. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {
  /** Where a message is in its delivery. */
  public enum Status {
    PENDING,
    SENT,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Channel channel;

  @Column(nullable = false)
  private String recipient;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.PENDING;

  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected OutboxMessage() {}

  OutboxMessage(Channel channel, String recipient, String subject, String body, Instant now) {
    this.channel = channel;
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  void delivered(Instant now) {
    status = Status.SENT;
    attempts++;
    sentAt = now;
    lastError = null;
  }

  /** Schedules the next attempt, or gives up after {@code maxAttempts}. */
  void failed(String error, Instant now, Duration delay, int maxAttempts) {
    attempts++;
    lastError =
        error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
    if (attempts >= maxAttempts) {
      status = Status.FAILED;
    } else {
      nextAttemptAt = now.plus(delay);
    }
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Long getId() {
    return id;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Status getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }
}
