package org.servicetracker.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Parameter;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.servicetracker.identity.AppUser;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.CappedPages;
import org.servicetracker.shared.Like;
import org.servicetracker.shared.Page;
import org.servicetracker.shared.PageRequest;
import org.servicetracker.shared.Role;

/**
 * Service orders and their timelines. Every read takes the caller's scope; lists page in the
 * database.
 */
@ApplicationScoped
public class OrderRepository {
  private static final String SUMMARY =
      "SELECT NEW org.servicetracker.order.OrderSummary(o.id, o.number, o.kind, o.priority, o.status, o.summary,"
          + " acc.name, s.name, a.name, o.createdAt, o.updatedAt, o.scheduledStart)"
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

  List<StaffOption> activeStaff() {
    return activeWith(Role.STAFF_ROLES);
  }

  List<StaffOption> activeWithRole(Role role) {
    return activeWith(Set.of(role));
  }

  private List<StaffOption> activeWith(Set<Role> roles) {
    return em.createQuery(
            "SELECT DISTINCT u FROM AppUser u JOIN u.roles r WHERE u.active = TRUE AND r IN :roles"
                + " ORDER BY u.displayName",
            AppUser.class)
        .setParameter("roles", roles)
        .getResultStream()
        .map(u -> new StaffOption(u.getId(), u.getDisplayName()))
        .toList();
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

  /**
   * The names of the staff assigned to the order, by name: one statement, where loading the
   * assignees as users read each one's roles too, a statement per assignee (bench/run, scenario 2).
   */
  List<String> assigneeNames(ServiceOrder order) {
    return em.createNativeQuery(
            "SELECT u.display_name FROM service_order_assignee a JOIN app_user u ON u.id = a.user_id"
                + " WHERE a.order_id = ?1 ORDER BY u.display_name, u.id")
        .setParameter(1, order.getId())
        .getResultStream()
        .map(String.class::cast)
        .toList();
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

  /**
   * Newest first (by creation or last update), counted up to {@code countLimit} (see {@link
   * CappedPages}).
   */
  Page<OrderSummary> list(
      Actor actor, OrderFilter filter, OrderQuery query, PageRequest page, int countLimit) {
    String order = orderBy(query.sort());
    return CappedPages.read(
        page,
        countLimit,
        n -> matchingIds(actor, filter, query, n),
        ids ->
            em.createQuery(SUMMARY + " WHERE o.id IN :ids" + order, OrderSummary.class)
                .setParameter("ids", ids)
                .getResultList(),
        (offset, size) -> {
          Conditions where = withText(conditions(actor, filter, query), actor, query);
          return where
              .bind(em.createQuery(SUMMARY + where + order, OrderSummary.class))
              .setFirstResult(offset)
              .setMaxResults(size)
              .getResultList();
        });
  }

  /**
   * The ids of the first {@code n} matching orders, in list order. A text is looked up each way an
   * order can match it (see {@link #textMatches}), each through its own index, and the answers
   * merged: one query ORing them would have to read every order of the account.
   */
  private List<Long> matchingIds(Actor actor, OrderFilter filter, OrderQuery query, int n) {
    String select = "SELECT o.id, " + time(query.sort()) + " FROM ServiceOrder o";
    Conditions where = conditions(actor, filter, query);
    List<Conditions> lookups =
        query.text() == null
            ? List.of(where)
            : textMatches(actor, query).stream()
                .map(match -> matching(where, match, query))
                .toList();
    Comparator<Object[]> newestFirst =
        Comparator.comparing((Object[] row) -> (Instant) row[1])
            .thenComparing(row -> (Long) row[0])
            .reversed();
    return lookups.stream()
        .flatMap(
            lookup ->
                lookup
                    .bind(em.createQuery(select + lookup + orderBy(query.sort()), Object[].class))
                    .setMaxResults(n)
                    .getResultList()
                    .stream())
        .sorted(newestFirst)
        .map(row -> (Long) row[0])
        .distinct()
        .limit(n)
        .toList();
  }

  /**
   * The next batch after {@code after} (or the first batch), for exports: keyset paging keeps every
   * batch as cheap as the first however deep the export goes.
   */
  List<OrderSummary> batchAfter(Actor actor, OrderQuery query, OrderSummary after, int size) {
    Conditions where = withText(conditions(actor, OrderFilter.ALL, query), actor, query);
    if (after != null) {
      String time = time(query.sort());
      where.add(
          // The first part bounds the index range; the second breaks ties at the same instant.
          time + " <= :afterTime AND (" + time + " < :afterTime OR o.id < :afterId)",
          "afterTime",
          query.sort() == OrderSort.UPDATED ? after.updatedAt() : after.createdAt());
      where.param("afterId", after.id());
    }
    return where
        .bind(em.createQuery(SUMMARY + where + orderBy(query.sort()), OrderSummary.class))
        .setMaxResults(size)
        .getResultList();
  }

  List<OrderSummary> upcomingVisits(Actor actor, int limit) {
    Conditions where = conditions(actor, OrderFilter.ALL, OrderQuery.ALL);
    where.add("o.scheduledStart >= :now", "now", Instant.now());
    where.add(
        "o.status NOT IN :terminal",
        "terminal",
        EnumSet.of(OrderStatus.COMPLETED, OrderStatus.CANCELLED));
    return where
        .bind(
            em.createQuery(
                SUMMARY + where + " ORDER BY o.scheduledStart, o.id", OrderSummary.class))
        .setMaxResults(limit)
        .getResultList();
  }

  /** Open urgent orders, most recently changed first. */
  List<OrderSummary> openUrgent(Actor actor, int limit) {
    Conditions where = conditions(actor, OrderFilter.ALL, OrderQuery.ALL);
    where.add("o.priority = :urgent", "urgent", Priority.URGENT);
    where.add("o.status NOT IN :terminal", "terminal", TERMINAL);
    return where
        .bind(
            em.createQuery(
                SUMMARY + where + " ORDER BY o.updatedAt DESC, o.id", OrderSummary.class))
        .setMaxResults(limit)
        .getResultList();
  }

  /** Open orders whose estimated completion date has passed, the longest overdue first. */
  List<OrderSummary> overdueEstimates(Actor actor, int limit) {
    Conditions where = conditions(actor, OrderFilter.ALL, OrderQuery.ALL);
    where.add("o.estimatedCompletion < :today", "today", LocalDate.now());
    where.add("o.status NOT IN :terminal", "terminal", TERMINAL);
    return where
        .bind(
            em.createQuery(
                SUMMARY + where + " ORDER BY o.estimatedCompletion, o.id", OrderSummary.class))
        .setMaxResults(limit)
        .getResultList();
  }

  private static final Set<OrderStatus> TERMINAL =
      EnumSet.of(OrderStatus.COMPLETED, OrderStatus.CANCELLED);

  /** The most recent order of each of the assets that has one, within the actor's scope. */
  Map<Long, LatestOrder> latestForAssets(Actor actor, Collection<Long> assetIds) {
    if (assetIds.isEmpty()) {
      return Map.of();
    }
    Conditions where = conditions(actor, OrderFilter.ALL, OrderQuery.ALL);
    where.add("a.id IN :assets", "assets", assetIds);
    where.add(
        "o.createdAt = (SELECT MAX(o2.createdAt) FROM ServiceOrder o2 WHERE o2.asset = o.asset)");
    Map<Long, LatestOrder> latest = new java.util.HashMap<>();
    for (Object[] row :
        where
            .bind(
                em.createQuery(
                    "SELECT a.id, o.number, o.status, o.createdAt FROM ServiceOrder o JOIN o.account acc JOIN o.asset a"
                        + where,
                    Object[].class))
            .getResultList()) {
      latest.put(
          (Long) row[0], new LatestOrder((String) row[1], (OrderStatus) row[2], (Instant) row[3]));
    }
    return latest;
  }

  /** The instant a list in this order is sorted by, newest first. */
  private static String time(OrderSort sort) {
    return sort == OrderSort.UPDATED ? "o.updatedAt" : "o.createdAt";
  }

  private static String orderBy(OrderSort sort) {
    return " ORDER BY " + time(sort) + " DESC, o.id DESC";
  }

  private static Conditions conditions(Actor actor, OrderFilter filter, OrderQuery query) {
    Conditions where = new Conditions();
    // By the order's own columns, so that a count needs no join.
    if (actor.isAccountScoped()) {
      where.add("o.account.id = :account", "account", actor.accountId());
    }
    // A technician's open orders through the index of open assignments: all of their assignments
    // are their whole history. The order's status is then not asked again: with it, PostgreSQL
    // matched the few open assignments against every open order.
    boolean openAssignments = filter.assignedTo() != null && filter.openOnly();
    if (filter.assignedTo() != null) {
      where.add(
          openAssignments
              ? "EXISTS (SELECT a FROM OpenAssignment a WHERE a.orderId = o.id"
                  + " AND a.userId = :assignee)"
              : "EXISTS (SELECT u FROM o.assignees u WHERE u.id = :assignee)",
          "assignee",
          filter.assignedTo());
    }
    if (filter.assetId() != null) {
      where.add("o.asset.id = :asset", "asset", filter.assetId());
    }
    if (filter.unassigned()) {
      // Not "IS EMPTY": that counts every order's assignees before it can stop at a page. And on
      // the order's own collection, not through a second ServiceOrder: joined to that, PostgreSQL
      // merged the assignees with the primary key up to the newest assigned order (150 ms at 1M).
      where.add("NOT EXISTS (SELECT u FROM o.assignees u)");
    }
    if (filter.openOnly() && !openAssignments) {
      where.add(
          "o.status NOT IN :terminal",
          "terminal",
          EnumSet.of(OrderStatus.COMPLETED, OrderStatus.CANCELLED));
    }
    if (!query.statuses().isEmpty()) {
      where.add("o.status IN :statuses", "statuses", query.statuses());
    }
    if (query.priority() != null) {
      where.add("o.priority = :priority", "priority", query.priority());
    }
    if (query.createdFrom() != null) {
      where.add("o.createdAt >= :from", "from", startOf(query.createdFrom()));
    }
    if (query.createdTo() != null) {
      where.add("o.createdAt < :to", "to", startOf(query.createdTo().plusDays(1)));
    }
    return where;
  }

  /**
   * The ways an order matches a search text: by its asset (name, tag, serial, make, model), by its
   * site's name, and by its number when the text looks like one. Each is looked up through its own
   * index (the account's assets, sites, the numbers), so a search reads the orders it finds rather
   * than every order sharing a few letters with it.
   */
  private static List<String> textMatches(Actor actor, OrderQuery query) {
    List<String> matches = new ArrayList<>();
    matches.add(
        "o.asset.id IN (SELECT a2.id FROM Asset a2 WHERE a2.searchText LIKE :text"
            + Like.ESCAPE
            + (actor.isAccountScoped() ? " AND a2.account.id = :account" : "")
            + ")");
    matches.add(
        "o.site.id IN (SELECT s2.id FROM Site s2 WHERE LOWER(s2.name) LIKE :text"
            + Like.ESCAPE
            + (actor.isAccountScoped() ? " AND s2.account.id = :account" : "")
            + ")");
    if (OrderNumber.mayBePartOf(query.text())) {
      matches.add("LOWER(o.number) LIKE :number");
    }
    return matches;
  }

  /** The conditions with the search text, its ways of matching ORed (lists without a count). */
  private static Conditions withText(Conditions where, Actor actor, OrderQuery query) {
    return query.text() == null
        ? where
        : matching(where, "(" + String.join(" OR ", textMatches(actor, query)) + ")", query);
  }

  /** The conditions and a way of matching the search text, with the patterns it may use. */
  private static Conditions matching(Conditions where, String match, OrderQuery query) {
    Conditions more = where.and(match, "text", Like.contains(query.text()));
    if (OrderNumber.mayBePartOf(query.text())) {
      more.param("number", OrderNumber.likePattern(query.text()));
    }
    return more;
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneId.systemDefault()).toInstant();
  }

  /** A WHERE clause and its parameters, built together so that they cannot drift apart. */
  private static final class Conditions {
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    void add(String clause) {
      clauses.add(clause);
    }

    void add(String clause, String name, Object value) {
      clauses.add(clause);
      params.put(name, value);
    }

    void param(String name, Object value) {
      params.put(name, value);
    }

    /** A copy with one more clause. */
    Conditions and(String clause, String name, Object value) {
      Conditions more = new Conditions();
      more.clauses.addAll(clauses);
      more.params.putAll(params);
      more.add(clause, name, value);
      return more;
    }

    /** Binds the parameters the query declares (a way of matching a text may not use them all). */
    <T> TypedQuery<T> bind(TypedQuery<T> query) {
      for (Parameter<?> declared : query.getParameters()) {
        query.setParameter(declared.getName(), params.get(declared.getName()));
      }
      return query;
    }

    @Override
    public String toString() {
      return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }
  }
}
