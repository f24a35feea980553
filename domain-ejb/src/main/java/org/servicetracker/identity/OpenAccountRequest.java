package org.servicetracker.identity;

import java.io.Serializable;
import java.time.Instant;

/** A customer's request for a colleague's login, as the service desk sees it. */
public record OpenAccountRequest(
    long id,
    long accountId,
    String accountName,
    String name,
    String email,
    String note,
    Instant createdAt)
    implements Serializable {}
