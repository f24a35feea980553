package org.servicetracker.webhook;

import java.util.List;

/** The event types a subscription may name (I6), and {@code ping}, sent on request only. */
public final class EventTypes {
  public static final String PING = "ping";
  public static final List<String> ALL =
      List.of(
          "order.created",
          "order.status_changed",
          "order.note_added",
          "invoice.issued",
          "invoice.paid",
          "invoice.voided",
          "asset.changed");

  private EventTypes() {}
}
