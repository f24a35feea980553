package org.servicetracker.worklog;

import java.math.BigDecimal;
import java.time.Instant;

/** Labour as a technician logs it. */
public record NewLabour(
    Instant startedAt,
    Instant endedAt,
    BigDecimal billableHours,
    BigDecimal hourlyRate,
    String description) {}
