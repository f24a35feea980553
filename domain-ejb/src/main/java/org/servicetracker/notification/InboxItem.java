package org.servicetracker.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a user's in-app notifications feed. */
@Entity
@Table(name = "inbox_item")
public class InboxItem {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false)
  private Long userId;

  @Column(nullable = false)
  private String title;

  @Column(name = "order_number")
  private String orderNumber;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Column(name = "awaiting_digest")
  private boolean awaitingDigest;

  protected InboxItem() {}

  InboxItem(long userId, String title, String orderNumber, Instant now, boolean awaitingDigest) {
    this.awaitingDigest = awaitingDigest;
    this.userId = userId;
    this.title = title;
    this.orderNumber = orderNumber;
    this.createdAt = now;
  }
}
