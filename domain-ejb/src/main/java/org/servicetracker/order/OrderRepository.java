package org.servicetracker.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.Page;
import org.servicetracker.shared.PageRequest;

/**
 * Service orders and their timelines. Every read takes the caller's scope; lists page in the
 * database.
 */
@ApplicationScoped
public class OrderRepository {
  private static final String SUMMARY =
      "SELECT NEW org.servicetracker.order.OrderSummary(o.number, o.kind, o.priority, o.status, o.summary,"
          + " acc.name, s.name, a.name, o.createdAt, o.updatedAt)"
          + " FROM ServiceOrder o JOIN o.account acc LEFT JOIN o.site s LEFT JOIN o.asset a";

  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  String nextNumber() {
    Number value =
        (Number)
            em.createNativeQuery("SELECT nextval('service_order_number_seq')").getSingleResult();
    return OrderNumber.format(value.longValue());
  }

  void add(ServiceOrder order, TimelineEntry created) {
    em.persist(order);
    em.persist(created);
  }

  void add(TimelineEntry entry) {
    em.persist(entry);
  }

  /** The order if it exists and the actor may see it. */
  Optional<ServiceOrder> find(Actor actor, String number) {
    if (!OrderNumber.isWellFormed(number)) {
      return Optional.empty();
    }
    TypedQuery<ServiceOrder> query =
        em.createQuery(
                "SELECT o FROM ServiceOrder o WHERE o.number = :number"
                    + (actor.isAccountScoped() ? " AND o.account.id = :account" : ""),
                ServiceOrder.class)
            .setParameter("number", number);
    if (actor.isAccountScoped()) {
      query.setParameter("account", actor.accountId());
    }
    return query.getResultStream().findFirst();
  }

  List<TimelineItem> timeline(ServiceOrder order, boolean includeInternal) {
    TypedQuery<TimelineEntry> query =
        em.createQuery(
                "SELECT t FROM TimelineEntry t WHERE t.order = :order"
                    + (includeInternal ? "" : " AND t.visibility = :public")
                    + " ORDER BY t.occurredAt, t.id",
                TimelineEntry.class)
            .setParameter("order", order);
    if (!includeInternal) {
      query.setParameter("public", Visibility.PUBLIC);
    }
    return query.getResultList().stream().map(TimelineEntry::toItem).toList();
  }

  /** Newest first; the total is counted only when asked for. */
  Page<OrderSummary> list(Actor actor, OrderFilter filter, PageRequest page, boolean withTotal) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (actor.isAccountScoped()) {
      where.append(" AND acc.id = :account");
    }
    if (filter.assignedTo() != null) {
      where.append(
          " AND EXISTS (SELECT u FROM ServiceOrder o2 JOIN o2.assignees u WHERE o2 = o AND u.id = :assignee)");
    }
    if (filter.unassigned()) {
      where.append(" AND o.assignees IS EMPTY");
    }
    if (filter.openOnly()) {
      where.append(" AND o.status NOT IN :terminal");
    }
    TypedQuery<OrderSummary> query =
        bind(
            em.createQuery(
                SUMMARY + where + " ORDER BY o.createdAt DESC, o.id DESC", OrderSummary.class),
            actor,
            filter);
    List<OrderSummary> items =
        query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    Long total = null;
    if (withTotal) {
      total =
          bind(
                  em.createQuery(
                      "SELECT COUNT(o) FROM ServiceOrder o JOIN o.account acc" + where, Long.class),
                  actor,
                  filter)
              .getSingleResult();
    }
    return new Page<>(items, page.page(), page.size(), total);
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, Actor actor, OrderFilter filter) {
    if (actor.isAccountScoped()) {
      query.setParameter("account", actor.accountId());
    }
    if (filter.assignedTo() != null) {
      query.setParameter("assignee", filter.assignedTo());
    }
    if (filter.openOnly()) {
      query.setParameter("terminal", EnumSet.of(OrderStatus.COMPLETED, OrderStatus.CANCELLED));
    }
    return query;
  }
}
