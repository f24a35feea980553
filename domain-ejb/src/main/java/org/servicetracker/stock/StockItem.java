package org.servicetracker.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A part the organisation keeps in stock, and how many are on hand. */
@Entity
@Table(name = "stock_item")
public class StockItem {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "part_number", nullable = false)
  private String partNumber;

  @Column(nullable = false)
  private String description;

  @Column(name = "on_hand", nullable = false)
  private BigDecimal onHand;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected StockItem() {}

  StockItem(String partNumber, String description, BigDecimal onHand) {
    this.partNumber = partNumber;
    this.description = description;
    count(onHand);
  }

  /** The result of a count: this many are on hand now. */
  void count(BigDecimal onHand) {
    this.onHand = onHand;
    this.updatedAt = Instant.now();
  }

  /** Some were installed: fewer on hand, never fewer than none. */
  void takeOut(BigDecimal quantity) {
    count(onHand.subtract(quantity).max(BigDecimal.ZERO));
  }

  StockView view() {
    return new StockView(id, partNumber, description, onHand, updatedAt);
  }

  public String getPartNumber() {
    return partNumber;
  }

  public String getDescription() {
    return description;
  }

  public BigDecimal getOnHand() {
    return onHand;
  }
}
