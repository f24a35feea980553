package org.servicetracker.schedule;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A booked visit: the order, where, when, who goes, and the parts to bring, checked. */
public record Visit(
    String orderNumber,
    String summary,
    String accountName,
    String siteName,
    Instant start,
    Instant end,
    List<String> technicians,
    List<PartNeed> parts)
    implements Serializable {

  /** Every part the visit needs is on hand for it. */
  public boolean partsCovered() {
    return parts.stream().allMatch(PartNeed::covered);
  }

  boolean overlaps(Instant otherStart, Instant otherEnd) {
    return start.isBefore(otherEnd) && otherStart.isBefore(end);
  }
}
