package org.servicetracker.notification;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** O2: how many outbox messages wait to be sent and how many were given up, per channel. */
@Stateless
public class OutboxMonitor {
  /** Pending and failed messages of one channel. */
  public record Depth(long pending, long failed) {}

  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  /** Counted through the partial indexes on pending and failed messages (V23). */
  public Map<Channel, Depth> depths() {
    Map<Channel, long[]> counts = new EnumMap<>(Channel.class);
    for (Channel channel : Channel.values()) {
      counts.put(channel, new long[2]);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT channel, status, count(*) FROM outbox_message"
                    + " WHERE status IN ('PENDING', 'FAILED') GROUP BY channel, status")
            .getResultList();
    for (Object[] row : rows) {
      long[] byStatus = counts.get(Channel.valueOf((String) row[0]));
      if (byStatus != null) {
        byStatus["PENDING".equals(row[1]) ? 0 : 1] = ((Number) row[2]).longValue();
      }
    }
    Map<Channel, Depth> depths = new EnumMap<>(Channel.class);
    counts.forEach((channel, c) -> depths.put(channel, new Depth(c[0], c[1])));
    return depths;
  }
}
