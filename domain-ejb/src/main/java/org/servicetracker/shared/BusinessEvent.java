package org.servicetracker.shared;

import java.time.Instant;
import java.util.Map;

/**
 * Something integrations may want to hear about (I6), fired as a CDI event in the transaction that
 * made it happen: {@code type} such as {@code order.created}, the customer account it concerns, its
 * data, and whether it is internal (then only the organisation's own clients hear of it).
 */
public record BusinessEvent(
    String type, long accountId, Map<String, Object> data, boolean internal, Instant occurredAt) {

  public static BusinessEvent of(String type, long accountId, Map<String, Object> data) {
    return new BusinessEvent(type, accountId, data, false, Instant.now());
  }

  /** The same event, for the organisation's own clients only. */
  public BusinessEvent internalOnly() {
    return new BusinessEvent(type, accountId, data, true, occurredAt);
  }
}
