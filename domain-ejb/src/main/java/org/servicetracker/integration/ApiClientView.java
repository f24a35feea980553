package org.servicetracker.integration;

import java.io.Serializable;
import java.time.Instant;

/**
 * An API client as administrators see it: never its key, only the key's first characters; {@code
 * account} is null for a client of the whole organisation.
 */
public record ApiClientView(
    long id,
    String name,
    String keyPrefix,
    String account,
    boolean readOnly,
    Integer rateLimit,
    boolean active,
    Instant createdAt,
    Instant revokedAt)
    implements Serializable {}
