package org.servicetracker.worklog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** One installed part as pages show it; {@code invoiced} once it is on an invoice. */
public record PartView(
    long id,
    String description,
    String partNumber,
    String costCode,
    BigDecimal quantity,
    BigDecimal unitPrice,
    BigDecimal amount,
    String loggedByName,
    Instant installedAt,
    boolean invoiced)
    implements Serializable {}
