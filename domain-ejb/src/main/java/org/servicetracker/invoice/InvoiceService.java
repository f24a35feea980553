package org.servicetracker.invoice;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.servicetracker.order.CustomerNotifications;
import org.servicetracker.order.OrderMoved;
import org.servicetracker.order.OrderRef;
import org.servicetracker.order.OrderService;
import org.servicetracker.order.TimelineKind;
import org.servicetracker.shared.AccessDeniedException;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.BusinessEvent;
import org.servicetracker.shared.Money;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.shared.Page;
import org.servicetracker.shared.PageRequest;
import org.servicetracker.shared.Role;
import org.servicetracker.shared.StaleVersionException;
import org.servicetracker.shared.ValidationException;
import org.servicetracker.worklog.LabourEntry;
import org.servicetracker.worklog.PartEntry;
import org.servicetracker.worklog.WorkLogService;

/**
 * Use cases of invoices. Staff issue an invoice from an order's uninvoiced work, mark it paid or
 * void it; customers read their account's invoices (another account's is "not found"), download the
 * PDF and keep finance notes that nobody outside their organisation sees. A new invoice is on the
 * order's timeline and mailed to the account's users at once (never held for a digest).
 */
@Stateless
public class InvoiceService {
  private static final DateTimeFormatter DUE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  @Inject InvoiceRepository invoices;
  @Inject Event<BusinessEvent> events;
  @Inject WorkLogService workLogs;
  @Inject OrderService orders;
  @Inject CustomerNotifications notifications;
  @Inject BillingSettings settings;
  @Inject InvoicePdf pdf;

  /** Invoices everything logged on the order and not invoiced yet. */
  public InvoiceSummary issue(Actor actor, String orderNumber, LocalDate issuedOn) {
    actor.requireStaff();
    OrderRef order = orders.ref(actor, orderNumber);
    List<LabourEntry> labour = workLogs.labourOf(order.id(), true);
    List<PartEntry> parts = workLogs.partsOf(order.id(), true);
    List<InvoiceLine> lines = new ArrayList<>();
    for (LabourEntry l : labour) {
      lines.add(
          new InvoiceLine(
              LineKind.LABOUR,
              l.getTechnicianName() + ": " + l.getDescription(),
              l.getBillableHours(),
              l.getHourlyRate()));
    }
    for (PartEntry p : parts) {
      lines.add(
          new InvoiceLine(
              LineKind.PART,
              p.getDescription()
                  + (p.getPartNumber() == null ? "" : " (" + p.getPartNumber() + ")"),
              p.getQuantity(),
              p.getUnitPrice()));
    }
    Invoice invoice =
        new Invoice(
            invoices.nextNumber(),
            order.id(),
            order.number(),
            order.accountId(),
            lines,
            settings.terms(),
            issuedOn);
    em.persist(invoice);
    em.flush();
    labour.forEach(l -> l.invoiced(invoice.getId()));
    parts.forEach(p -> p.invoiced(invoice.getId()));
    String total = Money.format(invoice.summary(issuedOn).total(), settings.terms().currency());
    orders.record(
        actor,
        orderNumber,
        TimelineKind.INVOICE_ISSUED,
        invoice.getNumber() + " · " + total,
        invoice.getNumber());
    notifications.tell(
        order.accountId(),
        orderNumber,
        actor,
        "Invoice " + invoice.getNumber() + " for " + orderNumber,
        "Invoice "
            + invoice.getNumber()
            + " of "
            + total
            + " for your request "
            + orderNumber
            + " is ready. It is due on "
            + DUE.format(invoice.summary(issuedOn).dueOn())
            + ". The invoice and its PDF are on the order's Invoices tab.",
        true);
    announce("invoice.issued", invoice);
    return invoice.summary(LocalDate.now());
  }

  /** An invoice is addressed to its account for good: an invoiced order cannot move (A2). */
  public void refuseMove(@Observes OrderMoved moved) {
    if (!invoices.ofOrder(moved.orderId()).isEmpty()) {
      throw new ValidationException(
          "accountId", "Order " + moved.number() + " is invoiced; it stays with its account.");
    }
  }

  public Page<InvoiceSummary> list(Actor actor, InvoiceQuery query, PageRequest page) {
    LocalDate today = LocalDate.now();
    return invoices.list(actor, query, page, today).map(i -> i.summary(today));
  }

  /** What the actor's account owes: the sum of its outstanding invoices. */
  public BigDecimal balance(Actor actor) {
    return invoices.outstandingTotal(actor);
  }

  public List<InvoiceSummary> ofOrder(Actor actor, String orderNumber) {
    LocalDate today = LocalDate.now();
    return invoices.ofOrder(orders.ref(actor, orderNumber).id()).stream()
        .map(i -> i.summary(today))
        .toList();
  }

  public InvoiceDetails details(Actor actor, long id) {
    Invoice invoice = get(actor, id);
    return new InvoiceDetails(
        invoice.summary(LocalDate.now()),
        invoices.accountName(invoice.getAccountId()),
        invoices.orderSummary(invoice.getOrderId()),
        invoice.getLines().stream()
            .map(
                l ->
                    new InvoiceDetails.Line(
                        l.getKind(),
                        l.getDescription(),
                        l.getQuantity(),
                        l.getUnitPrice(),
                        l.getAmount()))
            .toList(),
        invoice.getSubtotal(),
        invoice.getTaxRate(),
        invoice.getTax(),
        invoice.getVoidReason(),
        invoice.getVersion(),
        isCustomerUser(actor) ? invoices.notes(invoice.getId()) : List.of());
  }

  /** Writes the invoice as a PDF; returns its number (for the file name). */
  public String writePdf(Actor actor, long id, OutputStream out) throws IOException {
    InvoiceDetails invoice = details(actor, id);
    pdf.write(invoice, settings, out);
    return invoice.summary().number();
  }

  /** A finance note of the customer's organisation; staff can neither write nor read them. */
  public InvoiceDetails addNote(Actor actor, long id, String body) {
    if (!isCustomerUser(actor)) {
      throw new AccessDeniedException("Invoice notes belong to the customer's organisation.");
    }
    Invoice invoice = get(actor, id);
    em.persist(new InvoiceNote(invoice.getId(), actor.userId(), actor.name(), body));
    em.flush();
    return details(actor, id);
  }

  public InvoiceSummary markPaid(Actor actor, long id, LocalDate paidOn, Long expectedVersion) {
    actor.requireStaff();
    Invoice invoice = get(actor, id);
    checkVersion(invoice, expectedVersion);
    invoice.markPaid(paidOn);
    announce("invoice.paid", invoice);
    return flushed(invoice);
  }

  /** The invoice, if the actor may see it and it is still to be paid (online payment, C9). */
  public InvoiceSummary payable(Actor actor, long id) {
    Invoice invoice = get(actor, id);
    if (!invoice.isOutstanding()) {
      throw new ValidationException("invoice", "This invoice is not waiting for payment.");
    }
    return invoice.summary(LocalDate.now());
  }

  /**
   * Marks an invoice paid on the payment provider's confirmation; false when it is no longer
   * outstanding (voided or paid another way meanwhile).
   */
  public boolean settle(long id, LocalDate paidOn) {
    Invoice invoice = em.find(Invoice.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (invoice == null || !invoice.isOutstanding()) {
      return false;
    }
    invoice.markPaid(paidOn);
    announce("invoice.paid", invoice);
    return true;
  }

  public InvoiceSummary voidInvoice(Actor actor, long id, String reason, Long expectedVersion) {
    actor.requireStaff();
    Invoice invoice = get(actor, id);
    checkVersion(invoice, expectedVersion);
    invoice.voidIt(reason);
    announce("invoice.voided", invoice);
    return flushed(invoice);
  }

  /** Tells integrations (I6) that the invoice was issued, paid or voided. */
  private void announce(String type, Invoice invoice) {
    InvoiceSummary summary = invoice.summary(LocalDate.now());
    events.fire(
        BusinessEvent.of(
            type,
            invoice.getAccountId(),
            Map.of(
                "id", summary.id(),
                "number", summary.number(),
                "orderNumber", summary.orderNumber(),
                "status", summary.status().name(),
                "total", summary.total(),
                "currency", summary.currency())));
  }

  private InvoiceSummary flushed(Invoice invoice) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw conflict(invoice);
    }
    return invoice.summary(LocalDate.now());
  }

  private Invoice get(Actor actor, long id) {
    return invoices
        .find(actor, id)
        .orElseThrow(() -> new NotFoundException("The invoice was not found."));
  }

  private static void checkVersion(Invoice invoice, Long expectedVersion) {
    if (expectedVersion != null && expectedVersion != invoice.getVersion()) {
      throw conflict(invoice);
    }
  }

  private static StaleVersionException conflict(Invoice invoice) {
    return new StaleVersionException(
        "Invoice "
            + invoice.getNumber()
            + " was changed by someone else. Reload it and try again.");
  }

  private static boolean isCustomerUser(Actor actor) {
    return actor.userId() != null
        && actor.isAccountScoped()
        && (actor.has(Role.CUSTOMER) || actor.has(Role.CUSTOMER_ADMIN));
  }
}
