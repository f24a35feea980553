package org.servicetracker.order;

import java.time.LocalDate;

/**
 * A requested move to another status with what that status needs: supplier and ETA for Awaiting
 * Parts, an RMA reference for With Manufacturer, a reason for Cancelled. The note explains the move
 * to the customer.
 */
public record StatusChange(
    OrderStatus target,
    String note,
    String partsSupplier,
    LocalDate partsEta,
    String rmaReference,
    String cancelReason) {

  public static StatusChange to(OrderStatus target, String note) {
    return new StatusChange(target, note, null, null, null, null);
  }

  public static StatusChange awaitingParts(String note, String supplier, LocalDate eta) {
    return new StatusChange(OrderStatus.AWAITING_PARTS, note, supplier, eta, null, null);
  }

  public static StatusChange withManufacturer(String note, String rmaReference) {
    return new StatusChange(OrderStatus.WITH_MANUFACTURER, note, null, null, rmaReference, null);
  }

  public static StatusChange cancel(String reason) {
    return new StatusChange(OrderStatus.CANCELLED, null, null, null, null, reason);
  }
}
