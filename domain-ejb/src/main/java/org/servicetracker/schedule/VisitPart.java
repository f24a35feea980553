package org.servicetracker.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A part the technician must bring to an order's visit. */
@Entity
@Table(name = "visit_part")
public class VisitPart {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "order_id", nullable = false)
  private long orderId;

  @Column(name = "part_number", nullable = false)
  private String partNumber;

  @Column(nullable = false)
  private String description;

  @Column(nullable = false)
  private BigDecimal quantity;

  @Column(name = "added_by_name", nullable = false)
  private String addedByName;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected VisitPart() {}

  VisitPart(
      long orderId, String partNumber, String description, BigDecimal quantity, String addedBy) {
    this.orderId = orderId;
    this.partNumber = partNumber;
    this.description = description;
    this.quantity = quantity;
    this.addedByName = addedBy;
    this.createdAt = Instant.now();
  }

  Long getId() {
    return id;
  }

  long getOrderId() {
    return orderId;
  }

  String getPartNumber() {
    return partNumber;
  }

  String getDescription() {
    return description;
  }

  BigDecimal getQuantity() {
    return quantity;
  }
}
