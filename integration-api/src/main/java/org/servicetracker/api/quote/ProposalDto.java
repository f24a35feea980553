package org.servicetracker.api.quote;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.servicetracker.quote.ProposalView;

/** A recommendation or quote with its lines and the customer's decision on each. */
@Schema(name = "Proposal")
public record ProposalDto(
    long id,
    String number,
    String orderNumber,
    @Schema(enumeration = {"RECOMMENDATION", "QUOTE"}) String kind,
    String title,
    String description,
    String currency,
    LocalDate validUntil,
    String author,
    Instant createdAt,
    String status,
    BigDecimal total,
    long version,
    List<LineDto> lines) {

  /** One item and the customer's answer. */
  public record LineDto(
      long id,
      String description,
      BigDecimal quantity,
      BigDecimal unitPrice,
      BigDecimal amount,
      @Schema(enumeration = {"PENDING", "APPROVED", "DECLINED", "CLARIFY"}) String decision,
      String decidedBy,
      Instant decidedAt,
      String poNumber,
      String comment) {}

  static ProposalDto of(ProposalView p) {
    return new ProposalDto(
        p.id(),
        p.number(),
        p.orderNumber(),
        p.kind().name(),
        p.title(),
        p.description(),
        p.currency(),
        p.validUntil(),
        p.authorName(),
        p.createdAt(),
        p.status().name(),
        p.total(),
        p.version(),
        p.lines().stream()
            .map(
                l ->
                    new LineDto(
                        l.id(),
                        l.description(),
                        l.quantity(),
                        l.unitPrice(),
                        l.amount(),
                        l.decision().name(),
                        l.decidedBy(),
                        l.decidedAt(),
                        l.poNumber(),
                        l.comment()))
            .toList());
  }
}
