package org.servicetracker.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** One charge on an invoice, copied from the work log when the invoice is issued. */
@Embeddable
public class InvoiceLine implements Serializable {
  private static final long serialVersionUID = 1L;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private LineKind kind;

  @Column(nullable = false)
  private String description;

  @Column(nullable = false)
  private BigDecimal quantity;

  @Column(name = "unit_price", nullable = false)
  private BigDecimal unitPrice;

  @Column(nullable = false)
  private BigDecimal amount;

  protected InvoiceLine() {}

  InvoiceLine(LineKind kind, String description, BigDecimal quantity, BigDecimal unitPrice) {
    this.kind = kind;
    this.description = description;
    this.quantity = quantity;
    this.unitPrice = unitPrice;
    this.amount = quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
  }

  public LineKind getKind() {
    return kind;
  }

  public String getDescription() {
    return description;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public BigDecimal getAmount() {
    return amount;
  }
}
