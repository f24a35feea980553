package org.servicetracker.notification;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.CappedCount;
import org.servicetracker.shared.ValidationException;

/**
 * The in-app notifications feed (X3): what was mailed is also kept here, per user, until read.
 * Users read and clear only their own feed.
 */
@Stateless
public class Inbox {
  static final int UNREAD_COUNT_LIMIT = 99;

  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  /**
   * Adds an entry in the caller's transaction, next to the mail that tells the same, or marked for
   * the user's daily digest when no mail is sent now.
   */
  public void add(long userId, String title, String orderNumber, boolean awaitingDigest) {
    em.persist(new InboxItem(userId, title, orderNumber, Instant.now(), awaitingDigest));
  }

  public List<InboxEntry> latest(Actor actor, int limit) {
    return em.createQuery(
            "SELECT NEW org.servicetracker.notification.InboxEntry(i.id, i.title, i.orderNumber, i.createdAt,"
                + " CASE WHEN i.readAt IS NULL THEN TRUE ELSE FALSE END)"
                + " FROM InboxItem i WHERE i.userId = :user ORDER BY i.createdAt DESC, i.id DESC",
            InboxEntry.class)
        .setParameter("user", user(actor))
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * The caller's unread notifications, counted up to {@link #UNREAD_COUNT_LIMIT} ("99+"): someone
   * who never reads them lets them grow without end.
   */
  public CappedCount unread(Actor actor) {
    Number counted =
        (Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM (SELECT 1 FROM inbox_item"
                        + " WHERE user_id = ?1 AND read_at IS NULL LIMIT ?2) unread")
                .setParameter(1, user(actor))
                .setParameter(2, UNREAD_COUNT_LIMIT + 1)
                .getSingleResult();
    return CappedCount.of(counted.longValue(), UNREAD_COUNT_LIMIT);
  }

  public void markAllRead(Actor actor) {
    em.createQuery(
            "UPDATE InboxItem i SET i.readAt = :now WHERE i.userId = :user AND i.readAt IS NULL")
        .setParameter("now", Instant.now())
        .setParameter("user", user(actor))
        .executeUpdate();
  }

  private static long user(Actor actor) {
    if (actor.userId() == null) {
      throw new ValidationException("user", "Only people have a notifications feed.");
    }
    return actor.userId();
  }
}
