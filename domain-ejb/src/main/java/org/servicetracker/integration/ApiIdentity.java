package org.servicetracker.integration;

import org.servicetracker.shared.Actor;

/**
 * The API client a request was authenticated as: its id (for idempotency keys and limits), the
 * actor it acts as, and whether it may only read.
 */
public record ApiIdentity(long clientId, Actor actor, boolean readOnly) {}
