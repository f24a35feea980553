package org.servicetracker.schedule;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.servicetracker.order.OrderRef;
import org.servicetracker.order.OrderService;
import org.servicetracker.order.OrderStatus;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.Amounts;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.shared.ValidationException;
import org.servicetracker.stock.StockItem;
import org.servicetracker.stock.StockService;

/**
 * The parts an order's visit needs (T3), each checked against the stock: on hand for this visit,
 * short, or not stocked. Staff plan them on the order; the schedule shows the check per visit.
 */
@Stateless
public class VisitParts {
  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  @Inject OrderService orders;
  @Inject StockService stock;

  public List<PartNeed> needs(Actor actor, String number) {
    actor.requireStaff();
    OrderRef order = orders.ref(actor, number);
    // Map.of refuses the null start of an order without a visit.
    Map<Long, Instant> start = Collections.singletonMap(order.id(), startOf(order.id()));
    return needsOf(start).getOrDefault(order.id(), List.of());
  }

  /**
   * Adds a part the visit needs; a stocked part's name is taken from the stock when none is given.
   */
  public void add(
      Actor actor, String number, String partNumber, String description, BigDecimal quantity) {
    actor.requireStaff();
    OrderRef order = orders.ref(actor, number);
    String part = Amounts.text(partNumber, "partNumber", "Enter the part number.", 100);
    BigDecimal amount = Amounts.nonNegative(quantity, "quantity", "The quantity");
    if (amount.signum() == 0) {
      throw new ValidationException("quantity", "The quantity must be more than zero.");
    }
    String name = description == null || description.isBlank() ? null : description;
    if (name == null) {
      StockItem stocked = stock.stocked(List.of(part)).get(StockService.key(part));
      if (stocked == null) {
        throw new ValidationException("description", "Name the part; it is not in stock.");
      }
      name = stocked.getDescription();
    }
    em.persist(
        new VisitPart(
            order.id(),
            part,
            Amounts.text(name, "description", "Name the part.", 500),
            amount,
            actor.name()));
  }

  public void remove(Actor actor, String number, long id) {
    actor.requireStaff();
    OrderRef order = orders.ref(actor, number);
    VisitPart part = em.find(VisitPart.class, id);
    if (part == null || part.getOrderId() != order.id()) {
      throw new NotFoundException("That part is not planned for " + number + ".");
    }
    em.remove(part);
  }

  /** The checked needs of these orders (by id, with their visit's start or null). */
  public Map<Long, List<PartNeed>> needsOf(Map<Long, Instant> starts) {
    if (starts.isEmpty()) {
      return Map.of();
    }
    List<VisitPart> parts =
        em.createQuery(
                "SELECT p FROM VisitPart p WHERE p.orderId IN :orders ORDER BY p.id",
                VisitPart.class)
            .setParameter("orders", starts.keySet())
            .getResultList();
    if (parts.isEmpty()) {
      return Map.of();
    }
    List<String> numbers = parts.stream().map(VisitPart::getPartNumber).toList();
    Map<String, BigDecimal> onHand =
        stock.stocked(numbers).entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getOnHand()));
    List<StockCheck.Claim> claims = upcomingClaims(onHand.keySet());
    Map<Long, List<PartNeed>> needs = new LinkedHashMap<>();
    for (VisitPart part : parts) {
      needs
          .computeIfAbsent(part.getOrderId(), o -> new ArrayList<>())
          .add(StockCheck.check(part, starts.get(part.getOrderId()), onHand, claims));
    }
    return needs;
  }

  /** What the visits from now on need of these (stocked) parts. */
  private List<StockCheck.Claim> upcomingClaims(Collection<String> partKeys) {
    if (partKeys.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT p.partNumber, p.quantity, o.scheduledStart, o.id"
                + " FROM VisitPart p, ServiceOrder o WHERE o.id = p.orderId"
                + " AND LOWER(p.partNumber) IN :parts AND o.scheduledStart >= :now"
                + " AND o.status NOT IN :finished",
            Object[].class)
        .setParameter("parts", partKeys)
        .setParameter("now", Instant.now())
        .setParameter("finished", List.of(OrderStatus.COMPLETED, OrderStatus.CANCELLED))
        .getResultStream()
        .map(
            row ->
                new StockCheck.Claim(
                    (String) row[0], (BigDecimal) row[1], (Instant) row[2], (Long) row[3]))
        .toList();
  }

  private Instant startOf(long orderId) {
    return em.createQuery(
            "SELECT o.scheduledStart FROM ServiceOrder o WHERE o.id = :id", Instant.class)
        .setParameter("id", orderId)
        .getSingleResult();
  }
}
