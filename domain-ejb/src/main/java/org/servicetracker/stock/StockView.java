package org.servicetracker.stock;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A stocked part as the stock list shows it. */
public record StockView(
    long id, String partNumber, String description, BigDecimal onHand, Instant updatedAt)
    implements Serializable {}
