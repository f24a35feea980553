package org.servicetracker.worklog;

import java.math.BigDecimal;
import java.time.Instant;

/** Labour as a technician logs it. */
public record NewLabour(
    Instant startedAt,
    Instant endedAt,
    BigDecimal billableHours,
    BigDecimal hourlyRate,
    String description,
    boolean billable) {

  /** Billable labour, as most labour is. */
  public NewLabour(
      Instant startedAt,
      Instant endedAt,
      BigDecimal billableHours,
      BigDecimal hourlyRate,
      String description) {
    this(startedAt, endedAt, billableHours, hourlyRate, description, true);
  }
}
