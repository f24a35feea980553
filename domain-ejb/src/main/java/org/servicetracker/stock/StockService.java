package org.servicetracker.stock;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.Amounts;
import org.servicetracker.shared.ConflictException;
import org.servicetracker.shared.Like;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.shared.Page;
import org.servicetracker.shared.PageRequest;

/**
 * The stock of parts (T3). Staff look it up; dispatchers and administrators add parts and record
 * counts; an installed part logged on an order is taken out of stock. Part numbers are unique
 * regardless of case.
 */
@Stateless
public class StockService {
  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  /** One page of the stock, by part number; {@code text} searches part numbers and names. */
  public Page<StockView> search(Actor actor, String text, PageRequest page) {
    actor.requireStaff();
    boolean filtered = text != null && !text.isBlank();
    String where =
        filtered
            ? " WHERE LOWER(CONCAT(s.partNumber, ' ', s.description)) LIKE :text" + Like.ESCAPE
            : "";
    var items =
        em.createQuery(
            "SELECT s FROM StockItem s" + where + " ORDER BY LOWER(s.partNumber), s.id",
            StockItem.class);
    var total = em.createQuery("SELECT COUNT(s) FROM StockItem s" + where, Long.class);
    if (filtered) {
      items.setParameter("text", Like.contains(text));
      total.setParameter("text", Like.contains(text));
    }
    List<StockView> found =
        items
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultStream()
            .map(StockItem::view)
            .toList();
    return new Page<>(found, page.page(), page.size(), total.getSingleResult());
  }

  /** Adds a part to the stock with its first count; returns its id. */
  public long add(Actor actor, String partNumber, String description, BigDecimal onHand) {
    actor.requireDesk("The stock is kept by dispatchers and administrators.");
    String number = Amounts.text(partNumber, "partNumber", "Enter the part number.", 100);
    if (find(number).isPresent()) {
      throw new ConflictException("Part " + number + " is already in stock; count it instead.");
    }
    StockItem item =
        new StockItem(
            number,
            Amounts.text(description, "description", "Name the part.", 500),
            Amounts.nonNegative(onHand, "onHand", "The number on hand"));
    em.persist(item);
    em.flush();
    return item.view().id();
  }

  /** Records a count: this many of the part are on hand now. */
  public void count(Actor actor, long id, BigDecimal onHand) {
    actor.requireDesk("The stock is kept by dispatchers and administrators.");
    StockItem item = em.find(StockItem.class, id);
    if (item == null) {
      throw new NotFoundException("No stocked part " + id + ".");
    }
    item.count(Amounts.nonNegative(onHand, "onHand", "The number on hand"));
  }

  /** The stocked parts among these part numbers, by lower-case part number. */
  public Map<String, StockItem> stocked(Collection<String> partNumbers) {
    if (partNumbers.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "SELECT s FROM StockItem s WHERE LOWER(s.partNumber) IN :numbers", StockItem.class)
        .setParameter("numbers", partNumbers.stream().map(StockService::key).distinct().toList())
        .getResultStream()
        .collect(Collectors.toMap(s -> key(s.getPartNumber()), s -> s));
  }

  /** Installed parts leave the stock; a part number not in stock changes nothing. */
  public void takeOut(String partNumber, BigDecimal quantity) {
    if (partNumber != null) {
      find(partNumber).ifPresent(item -> item.takeOut(quantity));
    }
  }

  public static String key(String partNumber) {
    return partNumber.strip().toLowerCase(Locale.ROOT);
  }

  private Optional<StockItem> find(String partNumber) {
    return em.createQuery(
            "SELECT s FROM StockItem s WHERE LOWER(s.partNumber) = :number", StockItem.class)
        .setParameter("number", key(partNumber))
        .getResultStream()
        .findFirst();
  }
}
