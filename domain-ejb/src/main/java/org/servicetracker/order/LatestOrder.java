package org.servicetracker.order;

import java.io.Serializable;
import java.time.Instant;

/** The most recent order of an asset, as the asset register shows it. */
public record LatestOrder(String number, OrderStatus status, Instant createdAt)
    implements Serializable {}
