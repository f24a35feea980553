package org.servicetracker.notification;

import java.time.Duration;

/** Exponential back-off between delivery attempts: first, 2×first, 4×first, … capped at max. */
public record Backoff(Duration first, Duration max) {

  public Duration afterAttempts(int attempts) {
    int doublings = Math.max(0, Math.min(attempts - 1, 30));
    long millis = first.toMillis() << doublings;
    return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
  }
}
