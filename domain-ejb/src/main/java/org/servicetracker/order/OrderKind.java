package org.servicetracker.order;

/** Where the work happens. */
public enum OrderKind {
  /** The customer brings the item to the shop. */
  WALK_IN,
  /** A technician visits the customer's site. */
  SERVICE_CALL
}
