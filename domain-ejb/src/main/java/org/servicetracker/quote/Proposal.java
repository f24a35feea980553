package org.servicetracker.quote;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.servicetracker.shared.ValidationException;

/**
 * A recommendation or quote on an order. Lines are answered one by one; {@code openLines} counts
 * the lines still waiting for the customer, so "awaiting your response" is an indexed query.
 */
@Entity
@Table(name = "proposal")
public class Proposal {
  static final int MAX_LINES = 50;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "proposal_number", nullable = false, unique = true, updatable = false)
  private String number;

  @Column(name = "order_id", nullable = false, updatable = false)
  private long orderId;

  @Column(name = "order_number", nullable = false, updatable = false)
  private String orderNumber;

  @Column(name = "account_id", nullable = false, updatable = false)
  private long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProposalKind kind;

  @Column(nullable = false)
  private String title;

  private String description;

  @Column(nullable = false)
  private String currency;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Column(name = "author_id")
  private Long authorId;

  @Column(name = "author_name", nullable = false)
  private String authorName;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "open_lines", nullable = false)
  private int openLines;

  @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<ProposalLine> lines = new ArrayList<>();

  @Version private long version;

  protected Proposal() {}

  Proposal(
      String number,
      long orderId,
      String orderNumber,
      long accountId,
      NewProposal proposal,
      String currency,
      Long authorId,
      String authorName) {
    if (proposal.kind() == null) {
      throw new ValidationException("kind", "Choose recommendation or quote.");
    }
    if (proposal.title() == null || proposal.title().isBlank()) {
      throw new ValidationException("title", "Give the proposal a title.");
    }
    if (proposal.lines() == null || proposal.lines().isEmpty()) {
      throw new ValidationException("lines", "Add at least one line.");
    }
    if (proposal.lines().size() > MAX_LINES) {
      throw new ValidationException("lines", "At most " + MAX_LINES + " lines.");
    }
    if (proposal.validUntil() != null && proposal.validUntil().isBefore(LocalDate.now())) {
      throw new ValidationException("validUntil", "The validity date is in the past.");
    }
    this.number = number;
    this.orderId = orderId;
    this.orderNumber = orderNumber;
    this.accountId = accountId;
    this.kind = proposal.kind();
    this.title = proposal.title().strip();
    this.description = proposal.description() == null ? null : proposal.description().strip();
    this.validUntil = proposal.validUntil();
    this.currency = currency;
    this.authorId = authorId;
    this.authorName = authorName;
    this.createdAt = Instant.now();
    for (NewProposal.Line line : proposal.lines()) {
      lines.add(new ProposalLine(this, lines.size() + 1, line));
    }
    this.openLines = lines.size();
  }

  /**
   * Applies the customer's decisions (line id to decision); returns a one-line account of them for
   * the timeline.
   */
  String respond(Map<Long, Decision> decisions, String by, Instant at, String po, String comment) {
    if (isExpired(LocalDate.now())) {
      throw new ValidationException(
          "decision",
          "This quote expired on " + validUntil + ". Ask the service team for a new one.");
    }
    if (decisions.isEmpty()) {
      throw new ValidationException("decision", "Choose what to do with at least one line.");
    }
    String poNumber = po == null || po.isBlank() ? null : po.strip();
    if (poNumber != null && poNumber.length() > 100) {
      throw new ValidationException("poNumber", "A PO number can have at most 100 characters.");
    }
    String note = comment == null || comment.isBlank() ? null : comment.strip();
    if (decisions.containsValue(Decision.CLARIFY) && note == null) {
      throw new ValidationException("comment", "Say what needs clarifying.");
    }
    List<String> parts = new ArrayList<>();
    for (ProposalLine line : lines) {
      Decision choice = decisions.get(line.getId());
      if (choice != null && choice != Decision.PENDING) {
        line.decide(choice, by, at, poNumber, note);
        parts.add(label(choice) + ": " + line.getDescription());
      }
    }
    if (parts.isEmpty()) {
      throw new ValidationException("decision", "Choose what to do with at least one line.");
    }
    openLines = (int) lines.stream().filter(l -> !l.getDecision().isFinal()).count();
    return String.join("; ", parts)
        + (poNumber == null ? "" : " (PO " + poNumber + ")")
        + (note == null ? "" : " — " + note);
  }

  private static String label(Decision decision) {
    return switch (decision) {
      case APPROVED -> "Approved";
      case DECLINED -> "Declined";
      case CLARIFY -> "Clarification asked";
      case PENDING -> "Pending";
    };
  }

  boolean isExpired(LocalDate today) {
    return validUntil != null && validUntil.isBefore(today);
  }

  ProposalView view(LocalDate today) {
    List<ProposalView.Line> lineViews = lines.stream().map(ProposalLine::view).toList();
    BigDecimal total =
        lineViews.stream().map(ProposalView.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new ProposalView(
        id,
        number,
        orderNumber,
        kind,
        title,
        description,
        currency,
        validUntil,
        authorName,
        createdAt,
        ProposalStatus.of(lines.stream().map(ProposalLine::getDecision).toList(), isExpired(today)),
        total,
        version,
        lineViews);
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  long getAccountId() {
    return accountId;
  }

  String getOrderNumber() {
    return orderNumber;
  }

  Long getAuthorId() {
    return authorId;
  }

  String getTitle() {
    return title;
  }

  ProposalKind getKind() {
    return kind;
  }

  long getVersion() {
    return version;
  }
}
