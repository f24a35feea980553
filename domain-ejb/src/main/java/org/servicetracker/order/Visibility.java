package org.servicetracker.order;

/** Who may read a timeline entry. */
public enum Visibility {
  /** The customer's users and staff. */
  PUBLIC,
  /** Staff only; never shown, exported or mailed to a customer. */
  INTERNAL
}
