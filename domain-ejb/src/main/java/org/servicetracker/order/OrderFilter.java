package org.servicetracker.order;

/**
 * Which orders a list shows, on top of the caller's own scope.
 *
 * @param assignedTo only orders assigned to this user
 * @param unassigned only orders with no assignee
 * @param openOnly leave out Completed and Cancelled
 * @param assetId only orders for this asset
 */
public record OrderFilter(Long assignedTo, boolean unassigned, boolean openOnly, Long assetId) {
  public static final OrderFilter ALL = new OrderFilter(null, false, false, null);

  public static OrderFilter assignedTo(long userId) {
    return new OrderFilter(userId, false, true, null);
  }

  public static OrderFilter unassignedOpen() {
    return new OrderFilter(null, true, true, null);
  }

  /** The service history of one asset. */
  public static OrderFilter ofAsset(long assetId) {
    return new OrderFilter(null, false, false, assetId);
  }
}
