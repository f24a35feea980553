package org.servicetracker.integration;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * I5: the first answer to an API request sent with an {@code Idempotency-Key}, per client, kept for
 * {@value #KEEP_HOURS} hours. A key is reserved before the request runs (in a transaction of its
 * own, so a concurrent twin sees it at once) and completed with the answer afterwards.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotencyStore {
  static final int KEEP_HOURS = 24;

  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  /** What a request with a key finds. */
  public enum Outcome {
    /** The key is new and now reserved for this request: run it, then complete or release. */
    RESERVED,
    /** The same request was answered before: replay the answer. */
    REPLAY,
    /** The key was used for another request. */
    MISMATCH,
    /** The same key is being processed by a concurrent request. */
    IN_PROGRESS
  }

  public record Reservation(Outcome outcome, IdempotentAnswer answer) {}

  public Reservation reserve(long clientId, String key, String requestHash) {
    int inserted =
        em.createNativeQuery(
                "INSERT INTO api_idempotency (client_id, idempotency_key, request_hash, created_at)"
                    + " VALUES (?1, ?2, ?3, now()) ON CONFLICT DO NOTHING")
            .setParameter(1, clientId)
            .setParameter(2, key)
            .setParameter(3, requestHash)
            .executeUpdate();
    if (inserted == 1) {
      return new Reservation(Outcome.RESERVED, null);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT request_hash, status, location, etag, body FROM api_idempotency"
                    + " WHERE client_id = ?1 AND idempotency_key = ?2")
            .setParameter(1, clientId)
            .setParameter(2, key)
            .getResultList();
    if (rows.isEmpty()) {
      return reserve(clientId, key, requestHash); // purged in between
    }
    Object[] row = rows.get(0);
    if (!requestHash.equals(row[0])) {
      return new Reservation(Outcome.MISMATCH, null);
    }
    if (row[1] == null) {
      return new Reservation(Outcome.IN_PROGRESS, null);
    }
    return new Reservation(
        Outcome.REPLAY,
        new IdempotentAnswer(
            ((Number) row[1]).intValue(), (String) row[2], (String) row[3], (String) row[4]));
  }

  public void complete(long clientId, String key, IdempotentAnswer answer) {
    em.createNativeQuery(
            "UPDATE api_idempotency SET status = ?3, location = ?4, etag = ?5, body = ?6"
                + " WHERE client_id = ?1 AND idempotency_key = ?2")
        .setParameter(1, clientId)
        .setParameter(2, key)
        .setParameter(3, answer.status())
        .setParameter(4, answer.location())
        .setParameter(5, answer.etag())
        .setParameter(6, answer.body())
        .executeUpdate();
  }

  /** Frees a key whose request failed on the server's side, so that a retry runs again. */
  public void release(long clientId, String key) {
    em.createNativeQuery(
            "DELETE FROM api_idempotency WHERE client_id = ?1 AND idempotency_key = ?2"
                + " AND status IS NULL")
        .setParameter(1, clientId)
        .setParameter(2, key)
        .executeUpdate();
  }

  @Schedule(hour = "*", minute = "17", persistent = false)
  public void forgetOldAnswers() {
    em.createNativeQuery(
            "DELETE FROM api_idempotency WHERE created_at < now() - ?1 * interval '1 hour'")
        .setParameter(1, KEEP_HOURS)
        .executeUpdate();
  }
}
