package org.servicetracker.order;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.servicetracker.account.Contact;
import org.servicetracker.account.CustomerAccount;
import org.servicetracker.account.Retirable;
import org.servicetracker.account.Site;
import org.servicetracker.asset.Asset;
import org.servicetracker.identity.AppUser;
import org.servicetracker.shared.AccessDeniedException;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.BusinessEvent;
import org.servicetracker.shared.CappedPages;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.shared.Page;
import org.servicetracker.shared.PageRequest;
import org.servicetracker.shared.Role;
import org.servicetracker.shared.StaleVersionException;
import org.servicetracker.shared.ValidationException;

/**
 * Use cases of service orders; the transaction and authorization boundary. Rules beyond the
 * aggregate's own: a customer (or account-scoped client) reads and changes only its own account's
 * orders, and an order of another account is "not found", never "forbidden"; customers see public
 * timeline entries only, write public notes only, and may only submit or cancel their drafts;
 * assignment is for staff. A change made against an old version of the order is refused as a
 * conflict instead of overwriting someone else's change.
 */
@Stateless
public class OrderService {
  static final int EXPORT_BATCH = 1000;

  /** How far a dashboard's card counts (see {@link #glance}). */
  static final int GLANCE_COUNT_LIMIT = 100;

  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  @Inject OrderRepository orders;
  @Inject Event<BusinessEvent> events;
  @Inject UrgentAlerts urgentAlerts;
  @Inject CustomerNotifications customerNotifications;
  @Inject Event<OrderMoved> orderMoved;

  /** Opens an order and returns its number. */
  public String create(Actor actor, NewOrder request) {
    long accountId =
        actor.isAccountScoped()
            ? actor.accountId()
            : require(request.accountId(), "accountId", "Choose the customer account.");
    if (!actor.isAccountScoped()) {
      actor.requireStaffOrOrganisationClient();
    }
    CustomerAccount account = em.find(CustomerAccount.class, accountId);
    if (account == null) {
      throw new ValidationException("accountId", "The customer account does not exist.");
    }
    current(account, "accountId");
    Site site =
        belonging(Site.class, request.siteId(), "siteId", accountId, s -> s.getAccount().getId());
    Contact contact =
        belonging(
            Contact.class,
            request.contactId(),
            "contactId",
            accountId,
            c -> c.getAccount().getId());
    Asset asset =
        belonging(
            Asset.class, request.assetId(), "assetId", accountId, a -> a.getAccount().getId());
    Author author = Author.of(actor);
    ServiceOrder order =
        new ServiceOrder(
            orders.nextNumber(), account, request, site, contact, asset, author, Instant.now());
    orders.add(order, order.created(author));
    if (order.getPriority() == Priority.URGENT) {
      urgentAlerts.send(order, actor);
    }
    events.fire(
        BusinessEvent.of(
            "order.created",
            account.getId(),
            Map.of(
                "number", order.getNumber(),
                "kind", order.getKind().name(),
                "priority", order.getPriority().name(),
                "status", order.getStatus().name(),
                "summary", order.getSummary())));
    return order.getNumber();
  }

  /**
   * An order with its timeline. A read joins the caller's transaction where there is one but opens
   * none: a transaction of its own cost a commit round trip on every read (bench/run).
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public OrderDetails details(Actor actor, String number) {
    return details(get(actor, number), actor);
  }

  private OrderDetails details(ServiceOrder order, Actor actor) {
    return OrderDetails.of(
        order, orders.assigneeNames(order), orders.timeline(order, actor.seesInternal()));
  }

  public List<OrderSummary> recent(Actor actor, int limit) {
    return orders
        .list(
            actor, OrderFilter.ALL, OrderQuery.ALL, new PageRequest(0, limit), CappedPages.NO_TOTAL)
        .items();
  }

  public Page<OrderSummary> list(
      Actor actor, OrderFilter filter, PageRequest page, boolean withTotal) {
    requireStaffForAssignments(actor, filter);
    return orders.list(
        actor,
        filter,
        OrderQuery.ALL,
        page,
        withTotal ? CappedPages.COUNT_LIMIT : CappedPages.NO_TOTAL);
  }

  /**
   * The first {@code size} orders of a list and how many there are, counted up to {@value
   * #GLANCE_COUNT_LIMIT} ("100+"): a dashboard's card, which is not paged through. Counting to
   * {@link CappedPages#COUNT_LIMIT} reads ten times as far, and the technician dashboard's two
   * cards read the organisation's open orders and the technician's assignments that far on every
   * visit (bench/: p95 217 ms on a realistic history).
   */
  public Page<OrderSummary> glance(Actor actor, OrderFilter filter, int size) {
    requireStaffForAssignments(actor, filter);
    return orders.list(actor, filter, OrderQuery.ALL, new PageRequest(0, size), GLANCE_COUNT_LIMIT);
  }

  private static void requireStaffForAssignments(Actor actor, OrderFilter filter) {
    if ((filter.assignedTo() != null || filter.unassigned()) && !actor.isStaff()) {
      throw new AccessDeniedException("Assignment lists are for service staff only.");
    }
  }

  /** The most recent order of each asset that has one (for the asset register). */
  public Map<Long, LatestOrder> latestForAssets(Actor actor, Collection<Long> assetIds) {
    return orders.latestForAssets(actor, assetIds);
  }

  /** The orders matching a search, one page, with the total (no transaction, as details). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Page<OrderSummary> search(Actor actor, OrderQuery query, PageRequest page) {
    return orders.list(actor, OrderFilter.ALL, query, page, CappedPages.COUNT_LIMIT);
  }

  /**
   * Hands every order matching the search to {@code sink}, in list order, reading {@value
   * #EXPORT_BATCH} at a time so that an export of any size holds one batch in memory. Runs without
   * a transaction: nothing is held open while the rows travel to the client.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void export(Actor actor, OrderQuery query, Consumer<OrderSummary> sink) {
    OrderSummary last = null;
    List<OrderSummary> batch;
    do {
      batch = orders.batchAfter(actor, query, last, EXPORT_BATCH);
      batch.forEach(sink);
      last = batch.isEmpty() ? null : batch.get(batch.size() - 1);
    } while (batch.size() == EXPORT_BATCH);
  }

  public OrderDetails changeStatus(
      Actor actor, String number, StatusChange change, Long expectedVersion) {
    ServiceOrder order = get(actor, number);
    checkVersion(order, expectedVersion);
    if (!actor.isStaff() && !actor.isOrganisationClient() && !isDraftDecision(order, change)) {
      throw new AccessDeniedException(
          "Only service staff can change the status of a submitted order.");
    }
    OrderStatus from = order.getStatus();
    TimelineEntry entry = order.changeStatus(change, Author.of(actor), Instant.now());
    OrderDetails changed = save(order, entry, actor);
    customerNotifications.statusChanged(order, entry, actor);
    events.fire(
        BusinessEvent.of(
            "order.status_changed",
            order.getAccount().getId(),
            Map.of("number", number, "from", from.name(), "to", order.getStatus().name())));
    return changed;
  }

  public OrderDetails changePriority(
      Actor actor, String number, Priority priority, Long expectedVersion) {
    ServiceOrder order = get(actor, number);
    checkVersion(order, expectedVersion);
    OrderDetails changed =
        save(order, order.changePriority(priority, Author.of(actor), Instant.now()), actor);
    if (priority == Priority.URGENT) {
      urgentAlerts.send(order, actor);
    }
    return changed;
  }

  public OrderDetails addNote(Actor actor, String number, String body, Visibility visibility) {
    if (visibility == Visibility.INTERNAL && !actor.seesInternal()) {
      throw new AccessDeniedException("Internal notes are for service staff only.");
    }
    ServiceOrder order = get(actor, number);
    TimelineEntry entry = order.addNote(body, visibility, Author.of(actor), Instant.now());
    OrderDetails changed = save(order, entry, actor);
    BusinessEvent noted =
        BusinessEvent.of(
            "order.note_added",
            order.getAccount().getId(),
            Map.of(
                "number", number,
                "visibility", visibility.name(),
                "author", actor.name(),
                "body", entry.getBody()));
    events.fire(visibility == Visibility.PUBLIC ? noted : noted.internalOnly());
    if (visibility == Visibility.PUBLIC) {
      customerNotifications.noteAdded(order, entry, actor);
    }
    return changed;
  }

  /** Books the visit window of an order (staff only); the customers are told by mail. */
  public OrderDetails scheduleVisit(
      Actor actor, String number, Instant start, Instant end, Long expectedVersion) {
    actor.requireStaff();
    ServiceOrder order = get(actor, number);
    checkVersion(order, expectedVersion);
    OrderDetails changed =
        save(order, order.scheduleVisit(start, end, Author.of(actor), Instant.now()), actor);
    customerNotifications.visitScheduled(order, actor);
    return changed;
  }

  /** T1: open urgent orders and open orders past their estimated completion date (staff only). */
  public Attention attention(Actor actor, int limit) {
    actor.requireStaff();
    return new Attention(orders.openUrgent(actor, limit), orders.overdueEstimates(actor, limit));
  }

  /** The account's next booked visits, soonest first. */
  public List<OrderSummary> upcomingVisits(Actor actor, int limit) {
    return orders.upcomingVisits(actor, limit);
  }

  public OrderDetails assign(Actor actor, String number, Set<Long> userIds, Long expectedVersion) {
    actor.requireStaff();
    ServiceOrder order = get(actor, number);
    checkVersion(order, expectedVersion);
    Set<AppUser> staff = new HashSet<>();
    for (Long id : userIds) {
      AppUser user = em.find(AppUser.class, id);
      if (user == null || !user.isActive()) {
        throw new ValidationException("assignees", "User " + id + " cannot be assigned.");
      }
      staff.add(user);
    }
    return save(order, order.assign(staff, Author.of(actor), Instant.now()), actor);
  }

  /**
   * A technician takes an unassigned order. The order row is locked for the check, so of two
   * technicians claiming at once exactly one gets it; the other is told who did.
   */
  public OrderDetails claim(Actor actor, String number) {
    actor.requireStaff();
    ServiceOrder order = get(actor, number);
    em.refresh(order, LockModeType.PESSIMISTIC_WRITE); // reads the assignees again under the lock
    AppUser me = em.find(AppUser.class, actor.userId());
    return save(order, order.claim(me, Author.of(actor), Instant.now()), actor);
  }

  /**
   * A2: links an order to the right customer account (dispatchers and administrators). Other
   * features hear of it through {@link OrderMoved} and may refuse (an invoiced order stays).
   */
  public OrderDetails moveToAccount(
      Actor actor, String number, long accountId, Long expectedVersion) {
    if (!actor.has(Role.DISPATCHER) && !actor.has(Role.ADMIN)) {
      throw new AccessDeniedException(
          "Only dispatchers and administrators move orders between accounts.");
    }
    ServiceOrder order = get(actor, number);
    checkVersion(order, expectedVersion);
    CustomerAccount target = em.find(CustomerAccount.class, accountId);
    if (target == null) {
      throw new ValidationException("accountId", "Choose the customer account.");
    }
    current(target, "accountId");
    // Features that keep rows per account follow (or refuse, like invoices) in this transaction.
    orderMoved.fire(new OrderMoved(order.getId(), number, order.getAccount().getId(), accountId));
    return save(order, order.moveTo(target, Author.of(actor), Instant.now()), actor);
  }

  /** Sets (or clears, with null) the estimated completion date of a multi-day repair. */
  public OrderDetails estimateCompletion(
      Actor actor, String number, LocalDate date, Long expectedVersion) {
    actor.requireStaffOrOrganisationClient();
    ServiceOrder order = get(actor, number);
    checkVersion(order, expectedVersion);
    return save(order, order.estimateCompletion(date, Author.of(actor), Instant.now()), actor);
  }

  /** Staff who can be assigned to orders, by name. */
  public List<StaffOption> assignableStaff(Actor actor) {
    actor.requireStaff();
    return orders.activeStaff();
  }

  /** Active dispatchers, for choosing who is on call. */
  public List<StaffOption> dispatchers(Actor actor) {
    actor.requireStaff();
    return orders.activeWithRole(Role.DISPATCHER);
  }

  /** Who may work on an order the actor can see: for rules kept outside this package. */
  public OrderRef ref(Actor actor, String number) {
    ServiceOrder order = get(actor, number);
    return new OrderRef(
        order.getId(),
        order.getNumber(),
        order.getAccount().getId(),
        order.getAssignees().stream().map(AppUser::getId).collect(Collectors.toSet()));
  }

  /**
   * Puts what another feature did to the order on its public timeline.
   *
   * @param reference what the entry points to (an invoice number …), or null
   */
  public void record(Actor actor, String number, TimelineKind kind, String body, String reference) {
    ServiceOrder order = get(actor, number);
    save(order, order.event(kind, body, reference, Author.of(actor), Instant.now()), actor);
  }

  private ServiceOrder get(Actor actor, String number) {
    return orders
        .find(actor, number)
        .orElseThrow(() -> new NotFoundException("Order " + number + " was not found."));
  }

  private OrderDetails save(ServiceOrder order, TimelineEntry entry, Actor actor) {
    orders.add(entry);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw conflict(order);
    }
    return details(order, actor);
  }

  private static void checkVersion(ServiceOrder order, Long expectedVersion) {
    if (expectedVersion != null && expectedVersion != order.getVersion()) {
      throw conflict(order);
    }
  }

  private static StaleVersionException conflict(ServiceOrder order) {
    return new StaleVersionException(
        "Order "
            + order.getNumber()
            + " was changed by someone else in the meantime. Reload it and try again.");
  }

  private static boolean isDraftDecision(ServiceOrder order, StatusChange change) {
    return order.getStatus() == OrderStatus.DRAFT
        && (change.target() == OrderStatus.NEW || change.target() == OrderStatus.CANCELLED);
  }

  private <T> T belonging(
      Class<T> type, Long id, String field, long accountId, Function<T, Long> accountOf) {
    if (id == null) {
      return null;
    }
    T found = em.find(type, id);
    if (found == null || accountOf.apply(found) != accountId) {
      throw new ValidationException(
          field,
          "Choose one of the customer account's own " + type.getSimpleName().toLowerCase() + "s.");
    }
    if (found instanceof Retirable retirable) {
      current(retirable, field);
    }
    return found;
  }

  /** Retired accounts, sites and contacts keep their orders but take no new ones. */
  private static void current(Retirable retirable, String field) {
    if (retirable.isRetired()) {
      throw new ValidationException(
          field, "That " + field.replace("Id", "") + " has been retired; choose another.");
    }
  }

  private static long require(Long value, String field, String message) {
    if (value == null) {
      throw new ValidationException(field, message);
    }
    return value;
  }
}
