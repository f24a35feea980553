package org.servicetracker.webhook;

import java.io.Serializable;
import java.time.Instant;

/** A delivery in the log: the event, PENDING/DELIVERED/FAILED, and its last attempt. */
public record DeliveryView(
    long id,
    long subscriptionId,
    String eventId,
    String eventType,
    String status,
    int attempts,
    Integer lastStatusCode,
    Integer lastDurationMs,
    String lastError,
    Instant createdAt,
    Instant deliveredAt)
    implements Serializable {}
