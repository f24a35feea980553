package org.servicetracker.worklog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** One labour entry as pages show it; {@code invoiced} once it is on an invoice. */
public record LabourView(
    long id,
    String technicianName,
    Instant startedAt,
    Instant endedAt,
    BigDecimal billableHours,
    BigDecimal hourlyRate,
    BigDecimal amount,
    String description,
    boolean billable,
    boolean invoiced)
    implements Serializable {}
