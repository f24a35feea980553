package org.servicetracker.schedule;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A part a visit needs, checked against the stock: {@code onHand} is the count in stock (null when
 * the part is not stocked at all), {@code available} what is left of it after the visits booked
 * before this one take theirs.
 */
public record PartNeed(
    Long id,
    String partNumber,
    String description,
    BigDecimal quantity,
    BigDecimal onHand,
    BigDecimal available)
    implements Serializable {

  public boolean stocked() {
    return onHand != null;
  }

  /** Enough is left for this visit. */
  public boolean covered() {
    return available != null && available.compareTo(quantity) >= 0;
  }

  /** How many more are needed (0 when covered). */
  public BigDecimal shortBy() {
    BigDecimal left = available == null ? BigDecimal.ZERO : available.max(BigDecimal.ZERO);
    return quantity.subtract(left).max(BigDecimal.ZERO);
  }
}
