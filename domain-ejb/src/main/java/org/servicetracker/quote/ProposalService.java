package org.servicetracker.quote;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicetracker.identity.AppUser;
import org.servicetracker.identity.UserRepository;
import org.servicetracker.invoice.BillingSettings;
import org.servicetracker.notification.Outbox;
import org.servicetracker.order.CustomerNotifications;
import org.servicetracker.order.OrderMoved;
import org.servicetracker.order.OrderRef;
import org.servicetracker.order.OrderService;
import org.servicetracker.order.TimelineKind;
import org.servicetracker.shared.AccessDeniedException;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.CappedPages;
import org.servicetracker.shared.Money;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.shared.Page;
import org.servicetracker.shared.PageRequest;
import org.servicetracker.shared.StaleVersionException;

/**
 * Use cases of recommendations and quotes. Staff post them (on the timeline, mailed to the account
 * at once: approvals never wait for a digest); the account's users answer line by line (on the
 * timeline, mailed to the author); another account's proposal is "not found".
 */
@Stateless
public class ProposalService {
  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  @Inject OrderService orders;
  @Inject CustomerNotifications notifications;
  @Inject BillingSettings billing;
  @Inject UserRepository users;
  @Inject Outbox outbox;

  @Inject
  @ConfigProperty(name = "st.public-url", defaultValue = "http://localhost:9080")
  String publicUrl;

  public ProposalView post(Actor actor, String orderNumber, NewProposal proposal) {
    actor.requireStaff();
    OrderRef order = orders.ref(actor, orderNumber);
    Number next =
        (Number) em.createNativeQuery("SELECT nextval('proposal_number_seq')").getSingleResult();
    String prefix = proposal.kind() == ProposalKind.QUOTE ? "Q-" : "R-";
    Proposal created =
        new Proposal(
            prefix + String.format(Locale.ROOT, "%06d", next.longValue()),
            order.id(),
            order.number(),
            order.accountId(),
            proposal,
            billing.currency(),
            actor.userId(),
            actor.name());
    em.persist(created);
    em.flush();
    ProposalView view = created.view(LocalDate.now());
    String what = created.getKind() == ProposalKind.QUOTE ? "Quote" : "Recommendation";
    orders.record(
        actor,
        orderNumber,
        TimelineKind.PROPOSAL_POSTED,
        what
            + " "
            + created.getNumber()
            + ": "
            + created.getTitle()
            + " · "
            + Money.format(view.total(), view.currency()),
        created.getNumber());
    notifications.tell(
        order.accountId(),
        orderNumber,
        actor,
        what + " " + created.getNumber() + " awaits your approval",
        actor.name()
            + " posted a "
            + what.toLowerCase(Locale.ROOT)
            + " on your request "
            + orderNumber
            + ": "
            + created.getTitle()
            + " ("
            + Money.format(view.total(), view.currency())
            + "). Approve, decline or ask for clarification on the order's Summary tab.",
        true);
    return view;
  }

  /**
   * The customer's answer: a decision per line (by line id), an optional PO number and comment.
   * Lines left out stay as they are.
   */
  public ProposalView respond(
      Actor actor,
      long id,
      Map<Long, Decision> decisions,
      String poNumber,
      String comment,
      Long expectedVersion) {
    if (!actor.isAccountScoped()) {
      throw new AccessDeniedException(
          "Only the customer answers proposals: its users, or its own API clients.");
    }
    Proposal proposal = get(actor, id);
    if (expectedVersion != null && expectedVersion != proposal.getVersion()) {
      throw conflict(proposal);
    }
    String summary = proposal.respond(decisions, actor.name(), Instant.now(), poNumber, comment);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw conflict(proposal);
    }
    orders.record(
        actor,
        proposal.getOrderNumber(),
        TimelineKind.PROPOSAL_ANSWERED,
        proposal.getNumber() + " · " + summary,
        proposal.getNumber());
    tellAuthor(proposal, actor, summary);
    return proposal.view(LocalDate.now());
  }

  public List<ProposalView> ofOrder(Actor actor, String orderNumber) {
    long order = orders.ref(actor, orderNumber).id();
    LocalDate today = LocalDate.now();
    return withLines(
            em.createQuery(
                "SELECT p FROM Proposal p WHERE p.orderId = :order ORDER BY p.createdAt DESC, p.id"
                    + " DESC",
                Proposal.class))
        .setParameter("order", order)
        .getResultStream()
        .map(p -> p.view(today))
        .toList();
  }

  /**
   * Proposals with lines still to decide, newest first; only those of the actor's account. Counted
   * only as far as the page: enough to tell whether there are any, and more.
   */
  public Page<ProposalView> awaitingResponse(Actor actor, PageRequest page) {
    return list(actor, true, page, page.offset() + page.size());
  }

  /**
   * Proposals newest first (only the actor's account's for a customer), counted up to {@link
   * CappedPages#COUNT_LIMIT}: a large customer's quotes over years are many.
   */
  public Page<ProposalView> list(Actor actor, boolean openOnly, PageRequest page) {
    return list(actor, openOnly, page, CappedPages.COUNT_LIMIT);
  }

  private Page<ProposalView> list(Actor actor, boolean openOnly, PageRequest page, int countLimit) {
    String where =
        (actor.isAccountScoped() ? " WHERE p.accountId = :account" : " WHERE 1 = 1")
            + (openOnly ? " AND p.openLines > 0" : "");
    String order = " ORDER BY p.createdAt DESC, p.id DESC";
    LocalDate today = LocalDate.now();
    return CappedPages.read(
        page,
        countLimit,
        n ->
            scoped(em.createQuery("SELECT p.id FROM Proposal p" + where + order, Long.class), actor)
                .setMaxResults(n)
                .getResultList(),
        ids ->
            views(
                withLines(
                        em.createQuery(
                            "SELECT p FROM Proposal p WHERE p.id IN :ids" + order, Proposal.class))
                    .setParameter("ids", ids),
                today),
        (offset, size) ->
            views(
                withLines(
                        scoped(
                            em.createQuery(
                                "SELECT p FROM Proposal p" + where + order, Proposal.class),
                            actor))
                    .setFirstResult(offset)
                    .setMaxResults(size),
                today));
  }

  private static <T> TypedQuery<T> scoped(TypedQuery<T> query, Actor actor) {
    return actor.isAccountScoped() ? query.setParameter("account", actor.accountId()) : query;
  }

  private static List<ProposalView> views(TypedQuery<Proposal> query, LocalDate today) {
    return query.getResultStream().map(p -> p.view(today)).toList();
  }

  /**
   * Proposals with a line the customer answered in the last {@code days} days, newest first
   * (staff).
   */
  public List<ProposalView> recentlyAnswered(Actor actor, int days, int limit) {
    actor.requireStaff();
    LocalDate today = LocalDate.now();
    return withLines(
            em.createQuery(
                "SELECT p FROM Proposal p WHERE EXISTS (SELECT l FROM ProposalLine l WHERE"
                    + " l.proposal = p AND l.decidedAt >= :since) ORDER BY p.createdAt DESC",
                Proposal.class))
        .setParameter("since", Instant.now().minus(java.time.Duration.ofDays(days)))
        .setMaxResults(limit)
        .getResultStream()
        .map(p -> p.view(today))
        .toList();
  }

  /**
   * Reads the lines of a list's proposals in one more query (EclipseLink's batch reading by ids),
   * not one query per proposal. The hint names are strings: other providers ignore them.
   */
  private static TypedQuery<Proposal> withLines(TypedQuery<Proposal> query) {
    return query.setHint("eclipselink.batch", "p.lines").setHint("eclipselink.batch.type", "IN");
  }

  /** Proposals go with their order to the account it is linked to. */
  public void follow(@Observes OrderMoved moved) {
    em.createQuery("UPDATE Proposal p SET p.accountId = :account WHERE p.orderId = :order")
        .setParameter("account", moved.toAccountId())
        .setParameter("order", moved.orderId())
        .executeUpdate();
  }

  private void tellAuthor(Proposal proposal, Actor by, String summary) {
    if (proposal.getAuthorId() == null) {
      return;
    }
    AppUser author = users.findById(proposal.getAuthorId()).orElse(null);
    if (author == null || !author.isActive() || author.isCustomer()) {
      return;
    }
    outbox.email(
        author.getNotificationAddress(),
        "Answer on " + proposal.getNumber() + " (" + proposal.getOrderNumber() + ")",
        "Hello "
            + author.getDisplayName()
            + ",\n\n"
            + by.name()
            + " answered "
            + proposal.getNumber()
            + " ("
            + proposal.getTitle()
            + "):\n\n"
            + summary
            + "\n\nOpen the order: "
            + publicUrl
            + "/tech/order.xhtml?number="
            + URLEncoder.encode(proposal.getOrderNumber(), StandardCharsets.UTF_8)
            + "\n");
  }

  private Proposal get(Actor actor, long id) {
    Proposal proposal = em.find(Proposal.class, id);
    if (proposal == null || !actor.canSeeAccount(proposal.getAccountId())) {
      throw new NotFoundException("The recommendation or quote was not found.");
    }
    return proposal;
  }

  private static StaleVersionException conflict(Proposal proposal) {
    return new StaleVersionException(
        proposal.getNumber() + " was answered by someone else in the meantime. Reload the page.");
  }
}
