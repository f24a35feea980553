package org.servicetracker.worklog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.servicetracker.shared.Amounts;
import org.servicetracker.shared.ValidationException;

/** A part installed on an order: quantity, cost code and unit price. */
@Entity
@Table(name = "part_entry")
public class PartEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "order_id", nullable = false)
  private long orderId;

  @Column(nullable = false)
  private String description;

  @Column(name = "part_number")
  private String partNumber;

  @Column(name = "cost_code", nullable = false)
  private String costCode;

  @Column(nullable = false)
  private BigDecimal quantity;

  @Column(name = "unit_price", nullable = false)
  private BigDecimal unitPrice;

  @Column(name = "logged_by_name", nullable = false)
  private String loggedByName;

  @Column(name = "installed_at", nullable = false)
  private Instant installedAt;

  @Column(name = "invoice_id")
  private Long invoiceId;

  protected PartEntry() {}

  PartEntry(long orderId, String loggedByName, NewPart part) {
    this.description = Amounts.text(part.description(), "description", "Name the part.", 500);
    this.costCode = Amounts.text(part.costCode(), "costCode", "Give the cost code.", 50);
    this.partNumber =
        part.partNumber() == null || part.partNumber().isBlank() ? null : part.partNumber().strip();
    BigDecimal quantity = Amounts.nonNegative(part.quantity(), "quantity", "The quantity");
    if (quantity.signum() == 0) {
      throw new ValidationException("quantity", "The quantity must be more than zero.");
    }
    this.quantity = quantity;
    this.unitPrice = Amounts.nonNegative(part.unitPrice(), "unitPrice", "The unit price");
    this.orderId = orderId;
    this.loggedByName = loggedByName;
    this.installedAt = part.installedAt() == null ? Instant.now() : part.installedAt();
  }

  public BigDecimal amount() {
    return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
  }

  public PartView view() {
    return new PartView(
        id,
        description,
        partNumber,
        costCode,
        quantity,
        unitPrice,
        amount(),
        loggedByName,
        installedAt,
        invoiceId != null);
  }

  public void invoiced(long invoice) {
    this.invoiceId = invoice;
  }

  public String getDescription() {
    return description;
  }

  public String getPartNumber() {
    return partNumber;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }
}
