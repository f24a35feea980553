package org.servicetracker.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing that happened to an order, with its author and time. Written once, never changed. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id")
  private ServiceOrder order;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TimelineKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Visibility visibility;

  @Column(name = "author_id")
  private Long authorId;

  @Column(name = "author_name", nullable = false)
  private String authorName;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  private String body;

  @Column(name = "from_value")
  private String fromValue;

  @Column(name = "to_value")
  private String toValue;

  protected TimelineEntry() {}

  TimelineEntry(
      ServiceOrder order,
      TimelineKind kind,
      Visibility visibility,
      Author author,
      Instant occurredAt,
      String body,
      String fromValue,
      String toValue) {
    this.order = order;
    this.kind = kind;
    this.visibility = visibility;
    this.authorId = author.userId();
    this.authorName = author.name();
    this.occurredAt = occurredAt;
    this.body = body;
    this.fromValue = fromValue;
    this.toValue = toValue;
  }

  TimelineItem toItem() {
    return new TimelineItem(kind, visibility, authorName, occurredAt, body, fromValue, toValue);
  }

  public TimelineKind getKind() {
    return kind;
  }

  public Visibility getVisibility() {
    return visibility;
  }

  public String getBody() {
    return body;
  }

  public String getToValue() {
    return toValue;
  }
}
