package org.servicetracker.order;

import java.time.Instant;

/** A timeline entry as pages and the API show it. */
public record TimelineItem(
    TimelineKind kind,
    Visibility visibility,
    String authorName,
    Instant occurredAt,
    String body,
    String fromValue,
    String toValue)
    implements java.io.Serializable {}
