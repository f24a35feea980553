package org.servicetracker.schedule;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A booked visit: the order, where, when, and who goes. */
public record Visit(
    String orderNumber,
    String summary,
    String accountName,
    String siteName,
    Instant start,
    Instant end,
    List<String> technicians)
    implements Serializable {

  boolean overlaps(Instant otherStart, Instant otherEnd) {
    return start.isBefore(otherEnd) && otherStart.isBefore(end);
  }
}
