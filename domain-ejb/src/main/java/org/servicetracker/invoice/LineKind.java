package org.servicetracker.invoice;

/** What an invoice line charges for. */
public enum LineKind {
  LABOUR,
  PART
}
