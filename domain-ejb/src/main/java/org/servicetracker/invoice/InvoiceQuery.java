package org.servicetracker.invoice;

import java.time.LocalDate;

/**
 * A search of the invoice list.
 *
 * @param status OUTSTANDING (all unpaid), OVERDUE (unpaid past due), PAID, VOIDED, or null for all
 * @param issuedFrom first issue date included, or null
 * @param issuedTo last issue date included, or null
 * @param text part of the invoice or order number, or null
 */
public record InvoiceQuery(String status, LocalDate issuedFrom, LocalDate issuedTo, String text) {
  public static final InvoiceQuery ALL = new InvoiceQuery(null, null, null, null);
}
