package org.servicetracker.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/** One attempt to pay an invoice at the provider, from checkout to the provider's confirmation. */
@Entity
@Table(name = "payment")
public class Payment {
  enum Status {
    PENDING,
    PAID,
    FAILED
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "invoice_id", nullable = false)
  private long invoiceId;

  @Column(nullable = false, unique = true)
  private String reference;

  @Column(nullable = false)
  private BigDecimal amount;

  @Column(nullable = false)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "started_by")
  private Long startedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "provider_reference")
  private String providerReference;

  protected Payment() {}

  Payment(long invoiceId, BigDecimal amount, String currency, Long startedBy) {
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    this.reference = "PAY-" + HexFormat.of().formatHex(random);
    this.invoiceId = invoiceId;
    this.amount = amount;
    this.currency = currency;
    this.startedBy = startedBy;
    this.status = Status.PENDING;
    this.createdAt = Instant.now();
  }

  boolean isPending() {
    return status == Status.PENDING;
  }

  void complete(boolean paid, String providerReference) {
    this.status = paid ? Status.PAID : Status.FAILED;
    this.providerReference = providerReference;
    this.completedAt = Instant.now();
  }

  long getInvoiceId() {
    return invoiceId;
  }

  String getReference() {
    return reference;
  }

  BigDecimal getAmount() {
    return amount;
  }

  String getCurrency() {
    return currency;
  }
}
