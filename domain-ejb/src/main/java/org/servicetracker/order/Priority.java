package org.servicetracker.order;

/** How urgent an order is; Urgent alerts the on-call dispatcher. */
public enum Priority {
  LOW,
  NORMAL,
  HIGH,
  URGENT
}
