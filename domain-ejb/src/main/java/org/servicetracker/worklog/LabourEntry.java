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

/** Time a technician worked on an order, with the hours billed and the hourly rate. */
@Entity
@Table(name = "labour_entry")
public class LabourEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "order_id", nullable = false)
  private long orderId;

  @Column(name = "technician_id")
  private Long technicianId;

  @Column(name = "technician_name", nullable = false)
  private String technicianName;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "ended_at", nullable = false)
  private Instant endedAt;

  @Column(name = "billable_hours", nullable = false)
  private BigDecimal billableHours;

  @Column(name = "hourly_rate", nullable = false)
  private BigDecimal hourlyRate;

  @Column(nullable = false)
  private String description;

  @Column(nullable = false)
  private boolean billable = true;

  @Column(name = "invoice_id")
  private Long invoiceId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected LabourEntry() {}

  LabourEntry(long orderId, Long technicianId, String technicianName, NewLabour labour) {
    if (labour.startedAt() == null || labour.endedAt() == null) {
      throw new ValidationException("startedAt", "Give the start and the end of the work.");
    }
    if (!labour.endedAt().isAfter(labour.startedAt())) {
      throw new ValidationException("endedAt", "The work must end after it starts.");
    }
    this.billableHours =
        Amounts.nonNegative(labour.billableHours(), "billableHours", "Billable hours");
    this.hourlyRate = Amounts.nonNegative(labour.hourlyRate(), "hourlyRate", "The hourly rate");
    this.description =
        Amounts.text(labour.description(), "description", "Describe the work.", 1000);
    this.orderId = orderId;
    this.technicianId = technicianId;
    this.technicianName = technicianName;
    this.startedAt = labour.startedAt();
    this.endedAt = labour.endedAt();
    this.billable = labour.billable();
    this.createdAt = Instant.now();
  }

  public BigDecimal amount() {
    return billableHours.multiply(hourlyRate).setScale(2, RoundingMode.HALF_UP);
  }

  public LabourView view() {
    return new LabourView(
        id,
        technicianName,
        startedAt,
        endedAt,
        billableHours,
        hourlyRate,
        amount(),
        description,
        billable,
        invoiceId != null);
  }

  public void invoiced(long invoice) {
    this.invoiceId = invoice;
  }

  public String getDescription() {
    return description;
  }

  public BigDecimal getBillableHours() {
    return billableHours;
  }

  public BigDecimal getHourlyRate() {
    return hourlyRate;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public String getTechnicianName() {
    return technicianName;
  }
}
