package org.servicetracker.order;

/** Where an order is in its lifecycle; the allowed moves are in {@link OrderLifecycle}. */
public enum OrderStatus {
  DRAFT("Draft"),
  SCHEDULED("Scheduled"),
  NEW("New"),
  IN_PROGRESS("In Progress"),
  AWAITING_PARTS("Awaiting Parts"),
  WITH_MANUFACTURER("With Manufacturer"),
  READY_FOR_RETURN("Ready for Return"),
  COMPLETED("Completed"),
  CANCELLED("Cancelled");

  private final String label;

  OrderStatus(String label) {
    this.label = label;
  }

  /** The name people read in messages and on the timeline. */
  public String label() {
    return label;
  }

  public boolean isTerminal() {
    return this == COMPLETED || this == CANCELLED;
  }
}
