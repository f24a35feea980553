package org.servicetracker.quote;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A recommendation or quote as staff write it; a quote may be valid until a date. */
public record NewProposal(
    ProposalKind kind, String title, String description, LocalDate validUntil, List<Line> lines) {

  /** One priced item. */
  public record Line(String description, BigDecimal quantity, BigDecimal unitPrice) {}
}
