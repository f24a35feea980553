package org.servicetracker.invoice;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.servicetracker.shared.ValidationException;

/**
 * An invoice for one order. Its lines and totals never change once issued; it moves from
 * Outstanding to Paid or Voided, and those are final.
 */
@Entity
@Table(name = "invoice")
public class Invoice {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "invoice_number", nullable = false, unique = true, updatable = false)
  private String number;

  @Column(name = "order_id", nullable = false, updatable = false)
  private long orderId;

  @Column(name = "order_number", nullable = false, updatable = false)
  private String orderNumber;

  @Column(name = "account_id", nullable = false, updatable = false)
  private long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InvoiceStatus status;

  @Column(name = "issued_on", nullable = false)
  private LocalDate issuedOn;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(nullable = false)
  private String currency;

  @Column(name = "tax_rate", nullable = false)
  private BigDecimal taxRate;

  @Column(nullable = false)
  private BigDecimal subtotal;

  @Column(nullable = false)
  private BigDecimal tax;

  @Column(nullable = false)
  private BigDecimal total;

  @Column(name = "paid_on")
  private LocalDate paidOn;

  @Column(name = "void_reason")
  private String voidReason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
  @OrderColumn(name = "position")
  private List<InvoiceLine> lines = new ArrayList<>();

  @Version private long version;

  protected Invoice() {}

  Invoice(
      String number,
      long orderId,
      String orderNumber,
      long accountId,
      List<InvoiceLine> lines,
      BillingTerms terms,
      LocalDate issuedOn) {
    if (lines.isEmpty()) {
      throw new ValidationException(
          "lines", "There is no uninvoiced labour or part on " + orderNumber + " to invoice.");
    }
    this.number = number;
    this.orderId = orderId;
    this.orderNumber = orderNumber;
    this.accountId = accountId;
    this.lines.addAll(lines);
    this.status = InvoiceStatus.OUTSTANDING;
    this.issuedOn = issuedOn;
    this.dueOn = issuedOn.plusDays(terms.paymentDays());
    this.currency = terms.currency();
    this.taxRate = terms.taxRate();
    this.subtotal =
        lines.stream()
            .map(InvoiceLine::getAmount)
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .setScale(2);
    this.tax = subtotal.multiply(taxRate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    this.total = subtotal.add(tax);
    this.createdAt = Instant.now();
  }

  void markPaid(LocalDate on) {
    requireOutstanding();
    status = InvoiceStatus.PAID;
    paidOn = on;
  }

  void voidIt(String reason) {
    requireOutstanding();
    if (reason == null || reason.isBlank()) {
      throw new ValidationException("reason", "Say why the invoice is voided.");
    }
    status = InvoiceStatus.VOIDED;
    voidReason = reason.strip();
  }

  private void requireOutstanding() {
    if (status != InvoiceStatus.OUTSTANDING) {
      throw new ValidationException(
          "status", "Invoice " + number + " is " + status.name().toLowerCase() + " already.");
    }
  }

  boolean isOutstanding() {
    return status == InvoiceStatus.OUTSTANDING;
  }

  /** Outstanding and past its due date. */
  boolean isOverdue(LocalDate today) {
    return status == InvoiceStatus.OUTSTANDING && dueOn.isBefore(today);
  }

  InvoiceSummary summary(LocalDate today) {
    return new InvoiceSummary(
        id,
        number,
        orderNumber,
        status,
        isOverdue(today),
        issuedOn,
        dueOn,
        currency,
        total,
        paidOn);
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  long getAccountId() {
    return accountId;
  }

  long getOrderId() {
    return orderId;
  }

  String getOrderNumber() {
    return orderNumber;
  }

  List<InvoiceLine> getLines() {
    return lines;
  }

  BigDecimal getSubtotal() {
    return subtotal;
  }

  BigDecimal getTax() {
    return tax;
  }

  BigDecimal getTaxRate() {
    return taxRate;
  }

  String getVoidReason() {
    return voidReason;
  }

  long getVersion() {
    return version;
  }
}
