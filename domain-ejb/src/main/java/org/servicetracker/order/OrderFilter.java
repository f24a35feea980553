package org.servicetracker.order;

/**
 * Which orders a list shows, on top of the caller's own scope.
 *
 * @param assignedTo only orders assigned to this user
 * @param unassigned only orders with no assignee
 * @param openOnly leave out Completed and Cancelled
 */
public record OrderFilter(Long assignedTo, boolean unassigned, boolean openOnly) {
  public static final OrderFilter ALL = new OrderFilter(null, false, false);

  public static OrderFilter assignedTo(long userId) {
    return new OrderFilter(userId, false, true);
  }

  public static OrderFilter unassignedOpen() {
    return new OrderFilter(null, true, true);
  }
}
