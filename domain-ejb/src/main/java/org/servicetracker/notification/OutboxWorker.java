package org.servicetracker.notification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers due outbox messages every two seconds. Rows are claimed with {@code FOR UPDATE SKIP
 * LOCKED}, so several servers on one database never deliver the same message twice. When the mail
 * server (or the SMS gateway) cannot be reached, the rest of the batch for that channel waits for a
 * later run.
 */
@Singleton
@Startup
public class OutboxWorker {
  private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  @Inject OutboxSettings settings;
  @Inject MailTransport mail;
  @Inject SmsGateway sms;
  @Inject WebhookTransport webhooks;

  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
  public void deliverDue() {
    Set<Channel> unreachable = EnumSet.noneOf(Channel.class);
    for (OutboxMessage message : claimDue()) {
      if (unreachable.contains(message.getChannel())) {
        continue; // left as it was: tried again on a later run
      }
      Instant now = Instant.now();
      try {
        switch (message.getChannel()) {
          case SMS -> sms.send(message.getRecipient(), message.getBody());
          case WEBHOOK -> webhooks.deliver(message);
          default -> mail.send(message);
        }
        message.delivered(now);
      } catch (MessagingException | IOException | RuntimeException e) {
        if (message.getChannel() == Channel.WEBHOOK) {
          // Retried until a day after the event; one receiver's outage holds up no one else's.
          boolean expired = now.isAfter(message.getCreatedAt().plus(webhooks.giveUpAfter()));
          message.failed(
              e.toString(),
              now,
              webhooks.backoff().afterAttempts(message.getAttempts() + 1),
              expired ? message.getAttempts() + 1 : Integer.MAX_VALUE);
          continue;
        }
        message.failed(
            e.toString(),
            now,
            settings.backoff().afterAttempts(message.getAttempts() + 1),
            settings.maxAttempts());
        LOG.log(
            Level.WARNING,
            "Delivery of outbox message {0} failed (attempt {1}): {2}",
            new Object[] {message.getId(), message.getAttempts(), e.toString()});
        if (isUnreachable(e)) {
          unreachable.add(message.getChannel());
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private List<OutboxMessage> claimDue() {
    return em.createNativeQuery(
            "SELECT * FROM outbox_message WHERE status = 'PENDING' AND next_attempt_at <= now()"
                + " ORDER BY next_attempt_at, id LIMIT ?1 FOR UPDATE SKIP LOCKED",
            OutboxMessage.class)
        .setParameter(1, settings.batchSize())
        .getResultList();
  }

  private static boolean isUnreachable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t.getClass().getSimpleName().equals("MailConnectException")) {
        return true;
      }
    }
    return false;
  }
}
