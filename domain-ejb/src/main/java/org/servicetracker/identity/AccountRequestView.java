package org.servicetracker.identity;

import java.io.Serializable;
import java.time.Instant;

/** An account request as its organisation sees it. */
public record AccountRequestView(
    String name, String email, AccountRequest.Status status, Instant createdAt)
    implements Serializable {}
