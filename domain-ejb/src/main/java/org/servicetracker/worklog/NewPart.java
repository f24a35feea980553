package org.servicetracker.worklog;

import java.math.BigDecimal;
import java.time.Instant;

/** An installed part as a technician logs it. */
public record NewPart(
    String description,
    String partNumber,
    String costCode,
    BigDecimal quantity,
    BigDecimal unitPrice,
    Instant installedAt) {}
