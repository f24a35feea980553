package org.servicetracker.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * Queues messages in the caller's transaction: if the change that caused a message rolls back, the
 * message is never sent; once it commits, the message is sent even if the mail server is down right
 * now.
 */
@ApplicationScoped
public class Outbox {
  /** The recipient of a webhook message: the delivery's id after this prefix. */
  public static final String WEBHOOK_PREFIX = "delivery:";

  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  @Transactional(Transactional.TxType.MANDATORY)
  public void email(String recipient, String subject, String body) {
    em.persist(new OutboxMessage(Channel.EMAIL, recipient, subject, body, Instant.now()));
  }

  /** A text message to a phone number, sent through the configured SMS gateway. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void sms(String phone, String text) {
    em.persist(new OutboxMessage(Channel.SMS, phone, "SMS", text, Instant.now()));
  }

  /**
   * An event for a webhook subscription: the delivery it belongs to (the transport finds the
   * subscription's address and secret), the event type, the JSON payload.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void webhook(long deliveryId, String eventType, String payload) {
    em.persist(
        new OutboxMessage(
            Channel.WEBHOOK, WEBHOOK_PREFIX + deliveryId, eventType, payload, Instant.now()));
  }

  /** When the oldest message that is due for delivery became due, if any is waiting. */
  public Optional<Instant> oldestDue() {
    return em.createQuery(
            "SELECT m.nextAttemptAt FROM OutboxMessage m WHERE m.status = :pending AND m.nextAttemptAt <= :now"
                + " ORDER BY m.nextAttemptAt",
            Instant.class)
        .setParameter("pending", OutboxMessage.Status.PENDING)
        .setParameter("now", Instant.now())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
