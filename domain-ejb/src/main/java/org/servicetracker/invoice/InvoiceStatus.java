package org.servicetracker.invoice;

/** Stored states of an invoice; "Overdue" is an Outstanding invoice past its due date. */
public enum InvoiceStatus {
  OUTSTANDING,
  PAID,
  VOIDED
}
