package org.servicetracker.order;

import java.time.Instant;

/** An order as lists show it: one row, read in one query. */
public record OrderSummary(
    long id,
    String number,
    OrderKind kind,
    Priority priority,
    OrderStatus status,
    String summary,
    String accountName,
    String siteName,
    String assetName,
    Instant createdAt,
    Instant updatedAt,
    Instant scheduledStart)
    implements java.io.Serializable {}
