package org.servicetracker.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicetracker.shared.ValidationException;

/**
 * Every pair of statuses, for both kinds of order, against the expected graph written out
 * independently here.
 */
class OrderLifecycleTest {
  // Rows: from; columns: to, in OrderStatus order
  // DRAFT SCHEDULED NEW IN_PROGRESS AWAITING_PARTS WITH_MANUFACTURER READY_FOR_RETURN COMPLETED
  // CANCELLED.
  // W = walk-in only.
  private static final String[] WALK_IN_AND_CALL = {
    /* DRAFT             */ ". x x . . . . . x",
    /* SCHEDULED         */ ". . x x . . . . x",
    /* NEW               */ ". x . x . . . . x",
    /* IN_PROGRESS       */ ". x . . x x W x x",
    /* AWAITING_PARTS    */ ". . . x . . . . x",
    /* WITH_MANUFACTURER */ ". . . x . . W . x",
    /* READY_FOR_RETURN  */ ". . . x . . . x .",
    /* COMPLETED         */ ". . . . . . . . .",
    /* CANCELLED         */ ". . . . . . . . .",
  };

  static Stream<Arguments> everyPair() {
    List<Arguments> pairs = new ArrayList<>();
    OrderStatus[] all = OrderStatus.values();
    for (OrderStatus from : all) {
      String[] row = WALK_IN_AND_CALL[from.ordinal()].split(" ");
      for (OrderStatus to : all) {
        String cell = row[to.ordinal()];
        pairs.add(Arguments.of(from, to, OrderKind.WALK_IN, !cell.equals(".")));
        pairs.add(Arguments.of(from, to, OrderKind.SERVICE_CALL, cell.equals("x")));
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "{2}: {0} -> {1} allowed={3}")
  @MethodSource("everyPair")
  void theGraphAllowsExactlyTheExpectedMoves(
      OrderStatus from, OrderStatus to, OrderKind kind, boolean allowed) {
    assertThat(OrderLifecycle.allows(from, to, kind)).isEqualTo(allowed);
    StatusChange change =
        new StatusChange(to, "note", "Supplier", LocalDate.now(), "RMA-1", "reason");
    if (allowed) {
      assertThatCode(() -> OrderLifecycle.check(from, kind, change)).doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> OrderLifecycle.check(from, kind, change))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining(from.isTerminal() ? "can no longer change" : "");
    }
  }

  @Test
  void terminalStatusesHaveNoWayOut() {
    for (OrderKind kind : OrderKind.values()) {
      assertThat(OrderLifecycle.next(OrderStatus.COMPLETED, kind)).isEmpty();
      assertThat(OrderLifecycle.next(OrderStatus.CANCELLED, kind)).isEmpty();
    }
  }

  @Test
  void awaitingPartsNeedsSupplierAndEta() {
    assertThatThrownBy(
            () ->
                OrderLifecycle.check(
                    OrderStatus.IN_PROGRESS,
                    OrderKind.WALK_IN,
                    StatusChange.to(OrderStatus.AWAITING_PARTS, "x")))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Awaiting Parts needs the supplier.")
        .extracting(e -> ((ValidationException) e).field())
        .isEqualTo("partsSupplier");
    assertThatThrownBy(
            () ->
                OrderLifecycle.check(
                    OrderStatus.IN_PROGRESS,
                    OrderKind.WALK_IN,
                    StatusChange.awaitingParts("x", "Northwind", null)))
        .hasMessage("Awaiting Parts needs the expected arrival date (ETA).");
  }

  @Test
  void withManufacturerNeedsAnRmaReferenceAndCancellingAReason() {
    assertThatThrownBy(
            () ->
                OrderLifecycle.check(
                    OrderStatus.IN_PROGRESS,
                    OrderKind.WALK_IN,
                    StatusChange.withManufacturer("x", " ")))
        .hasMessage("With Manufacturer needs the RMA reference.");
    assertThatThrownBy(
            () ->
                OrderLifecycle.check(
                    OrderStatus.NEW, OrderKind.SERVICE_CALL, StatusChange.cancel(null)))
        .hasMessage("Cancelling needs a reason.");
  }

  @Test
  void readyForReturnIsRefusedForServiceCallsWithAReason() {
    assertThatThrownBy(
            () ->
                OrderLifecycle.check(
                    OrderStatus.IN_PROGRESS,
                    OrderKind.SERVICE_CALL,
                    StatusChange.to(OrderStatus.READY_FOR_RETURN, null)))
        .hasMessage("Ready for Return applies to walk-in repairs only.");
  }

  @Test
  void anIllegalMoveNamesBothStatuses() {
    assertThatThrownBy(
            () ->
                OrderLifecycle.check(
                    OrderStatus.DRAFT,
                    OrderKind.WALK_IN,
                    StatusChange.to(OrderStatus.COMPLETED, null)))
        .hasMessage("An order cannot move from Draft to Completed.");
  }
}
