package org.servicetracker.order;

import static org.servicetracker.order.OrderStatus.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.servicetracker.shared.ValidationException;

/**
 * The lifecycle graph, encoded once. Completed and Cancelled are terminal; Ready for Return applies
 * to walk-in repairs only (a service call is finished on site); Awaiting Parts and With
 * Manufacturer return to In Progress.
 */
public final class OrderLifecycle {
  private static final Map<OrderStatus, Set<OrderStatus>> NEXT = new EnumMap<>(OrderStatus.class);

  static {
    NEXT.put(DRAFT, EnumSet.of(NEW, SCHEDULED, CANCELLED));
    NEXT.put(SCHEDULED, EnumSet.of(NEW, IN_PROGRESS, CANCELLED));
    NEXT.put(NEW, EnumSet.of(SCHEDULED, IN_PROGRESS, CANCELLED));
    NEXT.put(
        IN_PROGRESS,
        EnumSet.of(
            SCHEDULED, AWAITING_PARTS, WITH_MANUFACTURER, READY_FOR_RETURN, COMPLETED, CANCELLED));
    NEXT.put(AWAITING_PARTS, EnumSet.of(IN_PROGRESS, CANCELLED));
    NEXT.put(WITH_MANUFACTURER, EnumSet.of(IN_PROGRESS, READY_FOR_RETURN, CANCELLED));
    NEXT.put(READY_FOR_RETURN, EnumSet.of(COMPLETED, IN_PROGRESS));
    NEXT.put(COMPLETED, EnumSet.noneOf(OrderStatus.class));
    NEXT.put(CANCELLED, EnumSet.noneOf(OrderStatus.class));
  }

  private OrderLifecycle() {}

  /** The statuses an order of this kind may move to from {@code from}. */
  public static Set<OrderStatus> next(OrderStatus from, OrderKind kind) {
    Set<OrderStatus> next = EnumSet.noneOf(OrderStatus.class);
    next.addAll(NEXT.get(from));
    if (kind != OrderKind.WALK_IN) {
      next.remove(READY_FOR_RETURN);
    }
    return next;
  }

  public static boolean allows(OrderStatus from, OrderStatus to, OrderKind kind) {
    return next(from, kind).contains(to);
  }

  /**
   * Refuses an illegal move, or a move without the details its target status needs, with a clear
   * message.
   */
  public static void check(OrderStatus from, OrderKind kind, StatusChange change) {
    OrderStatus to = change.target();
    if (to == null) {
      throw new ValidationException("status", "Choose the new status.");
    }
    if (from.isTerminal()) {
      throw new ValidationException(
          "status", "The order is " + from.label() + "; its status can no longer change.");
    }
    if (to == READY_FOR_RETURN && kind != OrderKind.WALK_IN) {
      throw new ValidationException("status", "Ready for Return applies to walk-in repairs only.");
    }
    if (!allows(from, to, kind)) {
      throw new ValidationException(
          "status", "An order cannot move from " + from.label() + " to " + to.label() + ".");
    }
    switch (to) {
      case AWAITING_PARTS -> {
        require(change.partsSupplier(), "partsSupplier", "Awaiting Parts needs the supplier.");
        if (change.partsEta() == null) {
          throw new ValidationException(
              "partsEta", "Awaiting Parts needs the expected arrival date (ETA).");
        }
      }
      case WITH_MANUFACTURER ->
          require(
              change.rmaReference(), "rmaReference", "With Manufacturer needs the RMA reference.");
      case CANCELLED ->
          require(change.cancelReason(), "cancelReason", "Cancelling needs a reason.");
      default -> {}
    }
  }

  private static void require(String value, String field, String message) {
    if (value == null || value.isBlank()) {
      throw new ValidationException(field, message);
    }
  }
}
