package org.servicetracker.invoice;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice as lists show it. */
public record InvoiceSummary(
    long id,
    String number,
    String orderNumber,
    InvoiceStatus status,
    boolean overdue,
    LocalDate issuedOn,
    LocalDate dueOn,
    String currency,
    BigDecimal total,
    LocalDate paidOn)
    implements Serializable {

  /** OUTSTANDING, OVERDUE, PAID or VOIDED: what the customer is shown. */
  public String shownStatus() {
    return overdue ? "OVERDUE" : status.name();
  }
}
