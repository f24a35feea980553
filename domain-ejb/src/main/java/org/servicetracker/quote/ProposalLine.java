package org.servicetracker.quote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.servicetracker.shared.ValidationException;

/** One priced item of a proposal and the customer's decision on it. */
@Entity
@Table(name = "proposal_line")
public class ProposalLine {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "proposal_id")
  private Proposal proposal;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String description;

  @Column(nullable = false)
  private BigDecimal quantity;

  @Column(name = "unit_price", nullable = false)
  private BigDecimal unitPrice;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Decision decision = Decision.PENDING;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "po_number")
  private String poNumber;

  private String comment;

  protected ProposalLine() {}

  ProposalLine(Proposal proposal, int position, NewProposal.Line line) {
    if (line.description() == null || line.description().isBlank()) {
      throw new ValidationException("lines", "Describe every line.");
    }
    if (line.quantity() == null || line.quantity().signum() <= 0) {
      throw new ValidationException("lines", "Every line needs a quantity above zero.");
    }
    if (line.unitPrice() == null || line.unitPrice().signum() < 0) {
      throw new ValidationException("lines", "Every line needs a price of zero or more.");
    }
    this.proposal = proposal;
    this.position = position;
    this.description = line.description().strip();
    this.quantity = line.quantity().setScale(2, RoundingMode.HALF_UP);
    this.unitPrice = line.unitPrice().setScale(2, RoundingMode.HALF_UP);
  }

  /** Records the customer's decision; approved and declined lines are final. */
  void decide(Decision choice, String by, Instant at, String po, String note) {
    if (choice == Decision.PENDING) {
      throw new ValidationException(
          "decision", "Choose approve, decline or ask for clarification.");
    }
    if (decision.isFinal()) {
      throw new ValidationException(
          "decision", "\"" + description + "\" was " + decision.name().toLowerCase() + " already.");
    }
    decision = choice;
    decidedBy = by;
    decidedAt = at;
    poNumber = po;
    comment = note;
  }

  BigDecimal amount() {
    return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
  }

  ProposalView.Line view() {
    return new ProposalView.Line(
        id,
        description,
        quantity,
        unitPrice,
        amount(),
        decision,
        decidedBy,
        decidedAt,
        poNumber,
        comment);
  }

  Long getId() {
    return id;
  }

  Decision getDecision() {
    return decision;
  }

  String getDescription() {
    return description;
  }
}
