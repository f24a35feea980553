package org.servicetracker.worklog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.servicetracker.order.OrderRef;
import org.servicetracker.order.OrderService;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.ValidationException;
import org.servicetracker.stock.StockService;

/**
 * Labour and parts of orders. Staff log them (an installed part leaves the stock); everyone who may
 * see the order reads them (the customer's Parts &amp; Labour tab shows the costs, as the product
 * promises).
 */
@Stateless
public class WorkLogService {
  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  @Inject OrderService orders;
  @Inject StockService stock;

  public LabourView logLabour(Actor actor, String orderNumber, NewLabour labour) {
    actor.requireStaff();
    OrderRef order = orders.ref(actor, orderNumber);
    LabourEntry entry = new LabourEntry(order.id(), actor.userId(), actor.name(), labour);
    em.persist(entry);
    em.flush();
    return entry.view();
  }

  public PartView logPart(Actor actor, String orderNumber, NewPart part) {
    actor.requireStaff();
    OrderRef order = orders.ref(actor, orderNumber);
    PartEntry entry = new PartEntry(order.id(), actor.name(), part);
    em.persist(entry);
    em.flush();
    PartView logged = entry.view();
    stock.takeOut(logged.partNumber(), logged.quantity());
    return logged;
  }

  public WorkLog workOf(Actor actor, String orderNumber) {
    long order = orders.ref(actor, orderNumber).id();
    return new WorkLog(
        labourOf(order, false).stream().map(LabourEntry::view).toList(),
        partsOf(order, false).stream().map(PartEntry::view).toList());
  }

  /** Refuses a work-log line that is not one of the order's. */
  public void requireLine(long orderId, WorkLine line) {
    Class<?> type = line.kind() == WorkLine.Kind.LABOUR ? LabourEntry.class : PartEntry.class;
    long found =
        em.createQuery(
                "SELECT COUNT(e) FROM "
                    + type.getSimpleName()
                    + " e"
                    + " WHERE e.id = :id AND e.orderId = :order",
                Long.class)
            .setParameter("id", line.id())
            .setParameter("order", orderId)
            .getSingleResult();
    if (found == 0) {
      throw new ValidationException("line", "That line is not in this order's work log.");
    }
  }

  /** The order's labour, oldest first; only the billable entries not yet invoiced if asked. */
  public List<LabourEntry> labourOf(long orderId, boolean uninvoicedOnly) {
    return em.createQuery(
            "SELECT l FROM LabourEntry l WHERE l.orderId = :order"
                + (uninvoicedOnly ? " AND l.invoiceId IS NULL AND l.billable = TRUE" : "")
                + " ORDER BY l.startedAt, l.id",
            LabourEntry.class)
        .setParameter("order", orderId)
        .getResultList();
  }

  public List<PartEntry> partsOf(long orderId, boolean uninvoicedOnly) {
    return em.createQuery(
            "SELECT p FROM PartEntry p WHERE p.orderId = :order"
                + (uninvoicedOnly ? " AND p.invoiceId IS NULL" : "")
                + " ORDER BY p.installedAt, p.id",
            PartEntry.class)
        .setParameter("order", orderId)
        .getResultList();
  }
}
