package org.servicetracker.identity;

import java.time.Instant;

/** One line of a user's login audit, as they see it. */
public record LoginRecord(
    long id,
    Instant occurredAt,
    LoginOutcome outcome,
    String address,
    String userAgent,
    Application application) {}
