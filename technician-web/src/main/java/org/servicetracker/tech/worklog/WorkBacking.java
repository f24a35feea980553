package org.servicetracker.tech.worklog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.servicetracker.attachment.AttachmentService;
import org.servicetracker.attachment.AttachmentView;
import org.servicetracker.invoice.BillingSettings;
import org.servicetracker.shared.DomainException;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.tech.identity.CurrentUser;
import org.servicetracker.tech.order.OrderBacking;
import org.servicetracker.web.Pages;
import org.servicetracker.worklog.NewLabour;
import org.servicetracker.worklog.NewPart;
import org.servicetracker.worklog.WorkLog;
import org.servicetracker.worklog.WorkLogService;

/**
 * The order page's Parts &amp; Labour tab: labour (start, end, billable hours — filled in from the
 * times by the page and editable —, rate, billable or not) and installed parts, each line with the
 * receipts or certificates that document it.
 */
@Named
@ViewScoped
public class WorkBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject WorkLogService workLogs;
  @Inject AttachmentService attachments;
  @Inject BillingSettings billing;
  @Inject CurrentUser currentUser;
  @Inject OrderBacking order;

  private WorkLog log;
  private Optional<Map<String, List<AttachmentView>>> documents;
  private LocalDateTime start;
  private LocalDateTime end;
  private BigDecimal hours;
  private BigDecimal rate = new BigDecimal("85.00");
  private boolean billable = true;
  private String description;
  private String partNumber;
  private String partDescription;
  private BigDecimal quantity = BigDecimal.ONE;
  private String costCode;
  private BigDecimal unitPrice;

  public WorkLog getLog() {
    if (log == null) {
      log = workLogs.workOf(currentUser.actor(), order.getOrder().number());
    }
    return log;
  }

  /**
   * The receipts and certificates of the log's lines, by line key ({@code part-5}); null for a
   * technician who may log work on the order but not see its files (not assigned to it).
   */
  public Map<String, List<AttachmentView>> getDocuments() {
    if (documents == null) {
      try {
        documents =
            attachments.list(currentUser.actor(), order.getOrder().number()).stream()
                .filter(a -> a.workLine() != null)
                .collect(
                    Collectors.collectingAndThen(
                        Collectors.groupingBy(AttachmentView::workLine), Optional::of));
      } catch (NotFoundException e) {
        documents = Optional.empty();
      }
    }
    return documents.orElse(null);
  }

  public String getCurrency() {
    return billing.currency();
  }

  public void logLabour() throws IOException {
    try {
      ZoneId zone = ZoneId.systemDefault();
      workLogs.logLabour(
          currentUser.actor(),
          order.getOrder().number(),
          new NewLabour(
              start == null ? null : start.atZone(zone).toInstant(),
              end == null ? null : end.atZone(zone).toInstant(),
              hours,
              rate,
              description,
              billable));
      order.reload("work", "labourLogged");
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  public void logPart() throws IOException {
    try {
      workLogs.logPart(
          currentUser.actor(),
          order.getOrder().number(),
          new NewPart(partDescription, partNumber, costCode, quantity, unitPrice, null));
      order.reload("work", "partLogged");
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  public LocalDateTime getStart() {
    return start;
  }

  public void setStart(LocalDateTime start) {
    this.start = start;
  }

  public LocalDateTime getEnd() {
    return end;
  }

  public void setEnd(LocalDateTime end) {
    this.end = end;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public void setHours(BigDecimal hours) {
    this.hours = hours;
  }

  public BigDecimal getRate() {
    return rate;
  }

  public void setRate(BigDecimal rate) {
    this.rate = rate;
  }

  public boolean isBillable() {
    return billable;
  }

  public void setBillable(boolean billable) {
    this.billable = billable;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getPartNumber() {
    return partNumber;
  }

  public void setPartNumber(String partNumber) {
    this.partNumber = partNumber;
  }

  public String getPartDescription() {
    return partDescription;
  }

  public void setPartDescription(String partDescription) {
    this.partDescription = partDescription;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public void setQuantity(BigDecimal quantity) {
    this.quantity = quantity;
  }

  public String getCostCode() {
    return costCode;
  }

  public void setCostCode(String costCode) {
    this.costCode = costCode;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public void setUnitPrice(BigDecimal unitPrice) {
    this.unitPrice = unitPrice;
  }
}
