package org.servicetracker.integration;

import org.servicetracker.shared.Actor;

/**
 * The API client a request was authenticated as: its id (for idempotency keys and limits), the
 * actor it acts as, whether it may only read, and its own requests-per-minute limit (null: the
 * default).
 */
public record ApiIdentity(long clientId, Actor actor, boolean readOnly, Integer rateLimit) {}
