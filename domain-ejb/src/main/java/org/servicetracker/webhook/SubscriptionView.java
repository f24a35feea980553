package org.servicetracker.webhook;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A webhook subscription as its client and administrators see it (never its secret). */
public record SubscriptionView(
    long id, long clientId, String url, List<String> events, boolean active, Instant createdAt)
    implements Serializable {}
