package org.servicetracker.schedule;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.servicetracker.order.OrderRef;
import org.servicetracker.order.OrderService;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.ValidationException;

/**
 * The service team's schedule (T3): visits in a date range, of everyone or one technician, each
 * with its parts checked against the stock; booking or moving a visit, with a warning when one of
 * the order's technicians is booked elsewhere then.
 */
@Stateless
public class ScheduleService {
  static final int MAX_DAYS = 31;

  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  @Inject OrderService orders;
  @Inject VisitParts visitParts;

  /** Visits starting on the {@code days} days from {@code from}, soonest first. */
  public List<Visit> visits(Actor actor, LocalDate from, int days, Long technicianId) {
    actor.requireStaff();
    if (days < 1 || days > MAX_DAYS) {
      throw new ValidationException("days", "Show between 1 and " + MAX_DAYS + " days.");
    }
    ZoneId zone = ZoneId.systemDefault();
    return query(
        from.atStartOfDay(zone).toInstant(),
        from.plusDays(days).atStartOfDay(zone).toInstant(),
        technicianId,
        null);
  }

  /** Books or moves the order's visit; returns the overlapping visits of its technicians. */
  public Booking book(Actor actor, String number, Instant start, Instant end) {
    actor.requireStaff();
    OrderRef order = orders.ref(actor, number);
    orders.scheduleVisit(actor, number, start, end, null);
    List<Visit> overlapping = new ArrayList<>();
    for (Long technician : order.assigneeIds()) {
      for (Visit visit : query(start.minusSeconds(86_400), end, technician, number)) {
        if (visit.overlaps(start, end) && !overlapping.contains(visit)) {
          overlapping.add(visit);
        }
      }
    }
    return new Booking(number, overlapping);
  }

  private List<Visit> query(Instant from, Instant to, Long technicianId, String excludeNumber) {
    StringBuilder jpql =
        new StringBuilder(
            "SELECT o.number, o.summary, acc.name, s.name, o.scheduledStart, o.scheduledEnd,"
                + " u.displayName, o.id"
                + " FROM ServiceOrder o JOIN o.account acc LEFT JOIN o.site s LEFT JOIN o.assignees u"
                + " WHERE o.scheduledStart >= :from AND o.scheduledStart < :to");
    if (technicianId != null) {
      jpql.append(
          " AND EXISTS (SELECT t FROM ServiceOrder t JOIN t.assignees a WHERE t = o AND a.id = :tech)");
    }
    if (excludeNumber != null) {
      jpql.append(" AND o.number <> :exclude");
    }
    jpql.append(" ORDER BY o.scheduledStart, o.number");
    var query =
        em.createQuery(jpql.toString(), Object[].class)
            .setParameter("from", from)
            .setParameter("to", to)
            .setMaxResults(2000);
    if (technicianId != null) {
      query.setParameter("tech", technicianId);
    }
    if (excludeNumber != null) {
      query.setParameter("exclude", excludeNumber);
    }
    Map<String, Object[]> rows = new LinkedHashMap<>();
    Map<String, List<String>> technicians = new LinkedHashMap<>();
    for (Object[] row : query.getResultList()) {
      String number = (String) row[0];
      rows.putIfAbsent(number, row);
      List<String> names = technicians.computeIfAbsent(number, n -> new ArrayList<>());
      if (row[6] != null) {
        names.add((String) row[6]);
      }
    }
    Map<Long, Instant> starts = new LinkedHashMap<>();
    rows.values().forEach(row -> starts.put((Long) row[7], (Instant) row[4]));
    Map<Long, List<PartNeed>> parts = visitParts.needsOf(starts);
    List<Visit> visits = new ArrayList<>();
    rows.forEach(
        (number, row) ->
            visits.add(
                new Visit(
                    number,
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    (Instant) row[4],
                    (Instant) row[5],
                    List.copyOf(technicians.get(number)),
                    parts.getOrDefault((Long) row[7], List.of()))));
    return visits;
  }
}
