package org.servicetracker.attachment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.servicetracker.order.OrderRef;
import org.servicetracker.order.OrderService;
import org.servicetracker.order.TimelineKind;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.shared.Role;
import org.servicetracker.shared.ValidationException;
import org.servicetracker.worklog.WorkLine;
import org.servicetracker.worklog.WorkLogService;

/**
 * The attachment rows and who may reach them, in short transactions of their own (the bytes travel
 * outside any transaction). Visibility, as the FAQ promises: the users of the order's customer
 * account, the technicians assigned to it, dispatchers and administrators (and the organisation's
 * API clients); anyone else is told the order or file does not exist.
 */
@Stateless
public class AttachmentRecords {
  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  @Inject OrderService orders;
  @Inject WorkLogService workLogs;

  /** The order, if the actor may see and add its attachments. */
  public OrderRef order(Actor actor, String number) {
    OrderRef order = orders.ref(actor, number);
    if (!mayReach(actor, order)) {
      throw notFound(number);
    }
    return order;
  }

  /**
   * Refuses, before a byte is read, what {@link #add} would refuse about the order and the line: a
   * work-log line is documented by staff, on an order.
   */
  public OrderRef target(Actor actor, String orderNumber, WorkLine line) {
    if (orderNumber == null) {
      if (line != null) {
        throw new ValidationException("order", "Say which order the work-log line belongs to.");
      }
      return null;
    }
    OrderRef order = order(actor, orderNumber);
    if (line != null) {
      actor.requireStaff();
      workLogs.requireLine(order.id(), line);
    }
    return order;
  }

  public AttachmentView add(
      Actor actor, StoredBytes stored, String fileName, String orderNumber, WorkLine line) {
    Attachment attachment = new Attachment(stored, fileName, actor.userId(), actor.name());
    OrderRef order = target(actor, orderNumber, line);
    if (order == null) {
      if (actor.userId() == null) {
        throw new ValidationException("order", "Say which order the file belongs to.");
      }
      attachment.stageFor(actor.userId());
    } else {
      attachment.attachTo(order.id());
      if (line != null) {
        attachment.documents(line);
      }
    }
    em.persist(attachment);
    if (orderNumber != null) {
      orders.record(actor, orderNumber, TimelineKind.ATTACHMENTS_ADDED, fileName, null);
    }
    em.flush();
    return attachment.view();
  }

  public List<AttachmentView> list(Actor actor, String number) {
    long order = order(actor, number).id();
    return em.createQuery(
            "SELECT a FROM Attachment a WHERE a.orderId = :order ORDER BY a.createdAt, a.id",
            Attachment.class)
        .setParameter("order", order)
        .getResultStream()
        .map(Attachment::view)
        .toList();
  }

  /** The attachment and its storage key, if the actor may read it. */
  public Attachment readable(Actor actor, long id) {
    Attachment attachment = em.find(Attachment.class, id);
    if (attachment == null) {
      throw fileNotFound();
    }
    if (attachment.getOrderId() == null) {
      if (!attachment.isStagedBy(actor.userId())) {
        throw fileNotFound();
      }
      return attachment;
    }
    String number =
        em.createQuery("SELECT o.number FROM ServiceOrder o WHERE o.id = :id", String.class)
            .setParameter("id", attachment.getOrderId())
            .getSingleResult();
    try {
      order(actor, number);
    } catch (NotFoundException e) {
      throw fileNotFound();
    }
    return attachment;
  }

  /** Moves the actor's staged uploads onto an order; returns their names. */
  public List<String> attachStaged(Actor actor, String number, List<Long> ids) {
    OrderRef order = order(actor, number);
    List<Attachment> staged =
        ids.isEmpty()
            ? List.of()
            : em.createQuery("SELECT a FROM Attachment a WHERE a.id IN :ids", Attachment.class)
                .setParameter("ids", ids)
                .getResultList();
    if (staged.size() != ids.size()
        || staged.stream().anyMatch(a -> !a.isStagedBy(actor.userId()))) {
      throw new ValidationException(
          "attachments", "Some chosen files are no longer waiting; choose them again.");
    }
    staged.forEach(a -> a.attachTo(order.id()));
    List<String> names = staged.stream().map(a -> a.view().fileName()).toList();
    if (!names.isEmpty()) {
      orders.record(actor, number, TimelineKind.ATTACHMENTS_ADDED, String.join(", ", names), null);
    }
    return names;
  }

  /** Removes a staged upload of the actor's; returns its storage key. */
  public String removeStaged(Actor actor, long id) {
    Attachment attachment = em.find(Attachment.class, id);
    if (attachment == null || !attachment.isStagedBy(actor.userId())) {
      throw fileNotFound();
    }
    em.remove(attachment);
    return attachment.getStorageKey();
  }

  /** Removes staged uploads older than the cut-off; returns their storage keys. */
  public List<String> removeStagedBefore(Instant cutOff, int limit) {
    List<Attachment> expired =
        em.createQuery(
                "SELECT a FROM Attachment a WHERE a.orderId IS NULL AND a.createdAt < :cutOff",
                Attachment.class)
            .setParameter("cutOff", cutOff)
            .setMaxResults(limit)
            .getResultList();
    expired.forEach(em::remove);
    return expired.stream().map(Attachment::getStorageKey).toList();
  }

  private static boolean mayReach(Actor actor, OrderRef order) {
    if (!actor.isStaff()) {
      return true; // customers and API clients: orders.ref already confined them to their scope
    }
    return actor.has(Role.ADMIN)
        || actor.has(Role.DISPATCHER)
        || order.assigneeIds().contains(actor.userId());
  }

  private static NotFoundException notFound(String number) {
    return new NotFoundException("Order " + number + " was not found.");
  }

  private static NotFoundException fileNotFound() {
    return new NotFoundException("The file was not found.");
  }
}
