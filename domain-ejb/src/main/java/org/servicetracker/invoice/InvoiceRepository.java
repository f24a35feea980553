package org.servicetracker.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.servicetracker.order.OrderNumber;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.CappedPages;
import org.servicetracker.shared.NumberPart;
import org.servicetracker.shared.Page;
import org.servicetracker.shared.PageRequest;
import org.servicetracker.shared.ValidationException;

/**
 * Invoice queries, always scoped to what the actor may see and paged in the database (indexes:
 * account and issue date; account, status and due date, with the total for the balance).
 */
@ApplicationScoped
class InvoiceRepository {
  private static final String NUMBER_PREFIX = "INV-";

  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  String nextNumber() {
    Number value =
        (Number) em.createNativeQuery("SELECT nextval('invoice_number_seq')").getSingleResult();
    return String.format(Locale.ROOT, NUMBER_PREFIX + "%06d", value.longValue());
  }

  Optional<Invoice> find(Actor actor, long id) {
    Invoice invoice = em.find(Invoice.class, id);
    return invoice != null && actor.canSeeAccount(invoice.getAccountId())
        ? Optional.of(invoice)
        : Optional.empty();
  }

  /** Newest first, counted up to {@link CappedPages#COUNT_LIMIT}. */
  Page<Invoice> list(Actor actor, InvoiceQuery query, PageRequest page, LocalDate today) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (actor.isAccountScoped()) {
      where.append(" AND i.accountId = :account");
      params.put("account", actor.accountId());
    }
    if (query.status() != null) {
      switch (query.status()) {
        case "OVERDUE" -> {
          where.append(" AND i.status = :status AND i.dueOn < :today");
          params.put("status", InvoiceStatus.OUTSTANDING);
          params.put("today", today);
        }
        case "OUTSTANDING", "PAID", "VOIDED" -> {
          where.append(" AND i.status = :status");
          params.put("status", InvoiceStatus.valueOf(query.status()));
        }
        default ->
            throw new ValidationException("status", "Unknown invoice status " + query.status());
      }
    }
    if (query.issuedFrom() != null) {
      where.append(" AND i.issuedOn >= :from");
      params.put("from", query.issuedFrom());
    }
    if (query.issuedTo() != null) {
      where.append(" AND i.issuedOn <= :to");
      params.put("to", query.issuedTo());
    }
    if (query.text() != null && !query.text().isBlank()) {
      where.append(" AND ").append(numberMatches(query.text(), params));
    }
    String order = " ORDER BY i.issuedOn DESC, i.id DESC";
    return CappedPages.read(
        page,
        CappedPages.COUNT_LIMIT,
        n ->
            bind(em.createQuery("SELECT i.id FROM Invoice i" + where + order, Long.class), params)
                .setMaxResults(n)
                .getResultList(),
        ids ->
            em.createQuery("SELECT i FROM Invoice i WHERE i.id IN :ids" + order, Invoice.class)
                .setParameter("ids", ids)
                .getResultList(),
        (offset, size) ->
            bind(em.createQuery("SELECT i FROM Invoice i" + where + order, Invoice.class), params)
                .setFirstResult(offset)
                .setMaxResults(size)
                .getResultList());
  }

  /**
   * An invoice matches a text by its own number or its order's, each through an index of the
   * numbers' beginnings or their trigrams (see {@link NumberPart}); a text that is part of neither
   * kind of number matches nothing. Returns the condition and puts its patterns into {@code
   * params}.
   */
  private static String numberMatches(String text, Map<String, Object> params) {
    List<String> matches = new ArrayList<>();
    NumberPart.likePattern(NUMBER_PREFIX, text)
        .ifPresent(
            pattern -> {
              matches.add("LOWER(i.number) LIKE :invoiceNumber");
              params.put("invoiceNumber", pattern);
            });
    if (OrderNumber.mayBePartOf(text)) {
      matches.add("LOWER(i.orderNumber) LIKE :orderNumber");
      params.put("orderNumber", OrderNumber.likePattern(text));
    }
    return matches.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", matches) + ")";
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> params) {
    params.forEach(query::setParameter);
    return query;
  }

  BigDecimal outstandingTotal(Actor actor) {
    TypedQuery<BigDecimal> query =
        em.createQuery(
            "SELECT COALESCE(SUM(i.total), 0) FROM Invoice i WHERE i.status = :status"
                + (actor.isAccountScoped() ? " AND i.accountId = :account" : ""),
            BigDecimal.class);
    query.setParameter("status", InvoiceStatus.OUTSTANDING);
    if (actor.isAccountScoped()) {
      query.setParameter("account", actor.accountId());
    }
    return query.getSingleResult().setScale(2);
  }

  List<Invoice> ofOrder(long orderId) {
    return em.createQuery(
            "SELECT i FROM Invoice i WHERE i.orderId = :order ORDER BY i.issuedOn DESC, i.id DESC",
            Invoice.class)
        .setParameter("order", orderId)
        .getResultList();
  }

  List<NoteView> notes(long invoiceId) {
    return em.createQuery(
            "SELECT n FROM InvoiceNote n WHERE n.invoiceId = :invoice ORDER BY n.createdAt, n.id",
            InvoiceNote.class)
        .setParameter("invoice", invoiceId)
        .getResultStream()
        .map(InvoiceNote::view)
        .toList();
  }

  String accountName(long accountId) {
    return em.createQuery("SELECT a.name FROM CustomerAccount a WHERE a.id = :id", String.class)
        .setParameter("id", accountId)
        .getSingleResult();
  }

  String orderSummary(long orderId) {
    return em.createQuery("SELECT o.summary FROM ServiceOrder o WHERE o.id = :id", String.class)
        .setParameter("id", orderId)
        .getSingleResult();
  }
}
