package org.servicetracker.quote;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A proposal with its lines and their decisions, as pages and the API show it. */
public record ProposalView(
    long id,
    String number,
    String orderNumber,
    ProposalKind kind,
    String title,
    String description,
    String currency,
    LocalDate validUntil,
    String authorName,
    Instant createdAt,
    ProposalStatus status,
    BigDecimal total,
    long version,
    List<Line> lines)
    implements Serializable {

  /** One item and the customer's decision on it. */
  public record Line(
      long id,
      String description,
      BigDecimal quantity,
      BigDecimal unitPrice,
      BigDecimal amount,
      Decision decision,
      String decidedBy,
      Instant decidedAt,
      String poNumber,
      String comment)
      implements Serializable {}

  public boolean isAwaitingResponse() {
    return status == ProposalStatus.PENDING || status == ProposalStatus.CLARIFICATION_REQUESTED;
  }
}
