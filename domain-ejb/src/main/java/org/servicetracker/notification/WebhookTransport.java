package org.servicetracker.notification;

import java.io.IOException;
import java.time.Duration;

/**
 * Sends webhook messages of the outbox (I6), implemented by the webhook feature so that the outbox
 * does not depend on it. Its own retry policy: exponential back-off until {@link #giveUpAfter()}.
 */
public interface WebhookTransport {
  /** Sends the message; any answer but 2xx, or none, is an {@link IOException}. */
  void deliver(OutboxMessage message) throws IOException;

  Backoff backoff();

  /** How long after the event a delivery is retried at all. */
  Duration giveUpAfter();
}
