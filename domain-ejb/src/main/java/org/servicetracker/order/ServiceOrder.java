package org.servicetracker.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicetracker.account.Contact;
import org.servicetracker.account.CustomerAccount;
import org.servicetracker.account.Site;
import org.servicetracker.asset.Asset;
import org.servicetracker.identity.AppUser;
import org.servicetracker.shared.ConflictException;
import org.servicetracker.shared.ValidationException;

/**
 * A service order, the aggregate at the centre of the product. Its rules: the status moves only
 * along {@link OrderLifecycle}; Completed and Cancelled are final, and so is the priority then;
 * every change returns the timeline entry that records it, which the service persists in the same
 * transaction. Edited concurrently under optimistic locking.
 */
@Entity
@Table(name = "service_order")
public class ServiceOrder {
  static final int SUMMARY_MAX = 500;
  static final int NOTE_MAX = 10_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "order_number", nullable = false, unique = true, updatable = false)
  private String number;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  private CustomerAccount account;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "site_id")
  private Site site;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "contact_id")
  private Contact contact;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "asset_id")
  private Asset asset;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OrderKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Priority priority;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OrderStatus status;

  @Column(nullable = false)
  private String summary;

  private String detail;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "service_order_assignee",
      joinColumns = @JoinColumn(name = "order_id"),
      inverseJoinColumns = @JoinColumn(name = "user_id"))
  private Set<AppUser> assignees = new HashSet<>();

  @Column(name = "scheduled_start")
  private Instant scheduledStart;

  @Column(name = "scheduled_end")
  private Instant scheduledEnd;

  @Column(name = "estimated_completion")
  private LocalDate estimatedCompletion;

  @Column(name = "parts_supplier")
  private String partsSupplier;

  @Column(name = "parts_eta")
  private LocalDate partsEta;

  @Column(name = "rma_reference")
  private String rmaReference;

  @Column(name = "cancel_reason")
  private String cancelReason;

  @Column(name = "created_by")
  private Long createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected ServiceOrder() {}

  ServiceOrder(
      String number,
      CustomerAccount account,
      NewOrder order,
      Site site,
      Contact contact,
      Asset asset,
      Author author,
      Instant now) {
    if (order.kind() == null) {
      throw new ValidationException("kind", "Choose Walk-In Repair or Service Call.");
    }
    if (order.summary() == null || order.summary().isBlank()) {
      throw new ValidationException("summary", "Describe the problem in a sentence or two.");
    }
    if (order.summary().length() > SUMMARY_MAX) {
      throw new ValidationException(
          "summary", "The summary must have at most " + SUMMARY_MAX + " characters.");
    }
    this.number = number;
    this.account = account;
    this.site = site;
    this.contact = contact;
    this.asset = asset;
    this.kind = order.kind();
    this.priority = order.priority() == null ? Priority.NORMAL : order.priority();
    this.status = order.submit() ? OrderStatus.NEW : OrderStatus.DRAFT;
    this.summary = order.summary().strip();
    this.detail = order.detail();
    this.createdBy = author.userId();
    this.createdAt = now;
    this.updatedAt = now;
  }

  TimelineEntry created(Author author) {
    return entry(
        TimelineKind.CREATED, Visibility.PUBLIC, author, createdAt, null, null, status.name());
  }

  /** Moves along the lifecycle, keeping the details the target status needs. */
  TimelineEntry changeStatus(StatusChange change, Author author, Instant now) {
    OrderLifecycle.check(status, kind, change);
    OrderStatus from = status;
    status = change.target();
    switch (status) {
      case AWAITING_PARTS -> {
        partsSupplier = change.partsSupplier().strip();
        partsEta = change.partsEta();
      }
      case WITH_MANUFACTURER -> rmaReference = change.rmaReference().strip();
      case CANCELLED -> cancelReason = change.cancelReason().strip();
      default -> {}
    }
    String note = status == OrderStatus.CANCELLED ? cancelReason : blankToNull(change.note());
    return touch(
        entry(
            TimelineKind.STATUS_CHANGE,
            Visibility.PUBLIC,
            author,
            now,
            note,
            from.name(),
            status.name()),
        now);
  }

  TimelineEntry changePriority(Priority target, Author author, Instant now) {
    if (target == null) {
      throw new ValidationException("priority", "Choose a priority.");
    }
    if (status.isTerminal()) {
      throw new ValidationException(
          "priority", "The order is " + status.label() + "; its priority can no longer change.");
    }
    if (target == priority) {
      throw new ValidationException("priority", "The order already has this priority.");
    }
    Priority from = priority;
    priority = target;
    return touch(
        entry(
            TimelineKind.PRIORITY_CHANGE,
            Visibility.PUBLIC,
            author,
            now,
            null,
            from.name(),
            target.name()),
        now);
  }

  TimelineEntry addNote(String body, Visibility visibility, Author author, Instant now) {
    if (body == null || body.isBlank()) {
      throw new ValidationException("note", "Write the note first.");
    }
    if (body.length() > NOTE_MAX) {
      throw new ValidationException("note", "A note can have at most " + NOTE_MAX + " characters.");
    }
    return touch(entry(TimelineKind.NOTE, visibility, author, now, body.strip(), null, null), now);
  }

  /** Replaces the assignees; only staff users can be assigned. */
  TimelineEntry assign(Set<AppUser> staff, Author author, Instant now) {
    if (staff.stream().anyMatch(AppUser::isCustomer)) {
      throw new ValidationException("assignees", "Only staff can be assigned to an order.");
    }
    String from = names(assignees);
    assignees.clear();
    assignees.addAll(staff);
    return touch(
        entry(
            TimelineKind.ASSIGNMENT_CHANGE,
            Visibility.PUBLIC,
            author,
            now,
            null,
            from,
            names(assignees)),
        now);
  }

  /**
   * Links the order to the right customer account (A2). Its site, contact and asset belonged to the
   * other account and are cleared; the entry is internal, so neither customer learns of the other.
   */
  TimelineEntry moveTo(CustomerAccount target, Author author, Instant now) {
    if (target.getId().equals(account.getId())) {
      throw new ValidationException(
          "accountId", "The order belongs to " + target.getName() + " already.");
    }
    String from = account.getName();
    account = target;
    site = null;
    contact = null;
    asset = null;
    return touch(
        entry(
            TimelineKind.ACCOUNT_CHANGED,
            Visibility.INTERNAL,
            author,
            now,
            null,
            from,
            target.getName()),
        now);
  }

  /** A technician takes an unassigned order; refused, naming who has it, when someone does. */
  TimelineEntry claim(AppUser technician, Author author, Instant now) {
    if (!assignees.isEmpty()) {
      throw new ConflictException(
          "Order " + number + " was already claimed by " + names(assignees) + ".");
    }
    if (status.isTerminal()) {
      throw new ValidationException("status", "The order is " + status.label() + ".");
    }
    return assign(Set.of(technician), author, now);
  }

  /** The day a multi-day repair is expected to be done; the customer sees it. */
  TimelineEntry estimateCompletion(LocalDate date, Author author, Instant now) {
    if (date != null && date.isBefore(LocalDate.now())) {
      throw new ValidationException("estimatedCompletion", "The date is in the past.");
    }
    if (status.isTerminal()) {
      throw new ValidationException(
          "estimatedCompletion", "The order is " + status.label() + " already.");
    }
    estimatedCompletion = date;
    return touch(
        entry(
            TimelineKind.COMPLETION_ESTIMATED,
            Visibility.PUBLIC,
            author,
            now,
            null,
            null,
            date == null ? null : date.toString()),
        now);
  }

  /** Books (or moves) the visit window; the customer sees it on the timeline. */
  TimelineEntry scheduleVisit(Instant start, Instant end, Author author, Instant now) {
    if (start == null || end == null) {
      throw new ValidationException("scheduledStart", "Give the visit a start and an end.");
    }
    if (!end.isAfter(start)) {
      throw new ValidationException("scheduledEnd", "The visit must end after it starts.");
    }
    if (status.isTerminal()) {
      throw new ValidationException(
          "scheduledStart", "The order is " + status.label() + "; no visit can be booked.");
    }
    scheduledStart = start;
    scheduledEnd = end;
    return touch(
        entry(
            TimelineKind.VISIT_SCHEDULED,
            Visibility.PUBLIC,
            author,
            now,
            null,
            null,
            start + "/" + end),
        now);
  }

  /** Records what happened to the order elsewhere (files added, an invoice issued …). */
  TimelineEntry event(
      TimelineKind kind, String body, String reference, Author author, Instant now) {
    if (!kind.isEvent()) {
      throw new IllegalArgumentException(kind + " is recorded by the order itself");
    }
    return touch(entry(kind, Visibility.PUBLIC, author, now, body, null, reference), now);
  }

  private TimelineEntry entry(
      TimelineKind kind,
      Visibility visibility,
      Author author,
      Instant at,
      String body,
      String from,
      String to) {
    return new TimelineEntry(this, kind, visibility, author, at, body, from, to);
  }

  private TimelineEntry touch(TimelineEntry entry, Instant now) {
    updatedAt = now;
    return entry;
  }

  private static String names(Set<AppUser> users) {
    return users.stream().map(AppUser::getDisplayName).sorted().collect(Collectors.joining(", "));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public CustomerAccount getAccount() {
    return account;
  }

  public Site getSite() {
    return site;
  }

  public Contact getContact() {
    return contact;
  }

  public Asset getAsset() {
    return asset;
  }

  public OrderKind getKind() {
    return kind;
  }

  public Priority getPriority() {
    return priority;
  }

  public OrderStatus getStatus() {
    return status;
  }

  public String getSummary() {
    return summary;
  }

  public String getDetail() {
    return detail;
  }

  public List<AppUser> getAssignees() {
    return assignees.stream().sorted(Comparator.comparing(AppUser::getDisplayName)).toList();
  }

  public Instant getScheduledStart() {
    return scheduledStart;
  }

  public Instant getScheduledEnd() {
    return scheduledEnd;
  }

  public LocalDate getEstimatedCompletion() {
    return estimatedCompletion;
  }

  public String getPartsSupplier() {
    return partsSupplier;
  }

  public LocalDate getPartsEta() {
    return partsEta;
  }

  public String getRmaReference() {
    return rmaReference;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
