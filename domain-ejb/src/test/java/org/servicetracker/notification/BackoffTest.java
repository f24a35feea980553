package org.servicetracker.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(10));

  @Test
  void doublesFromTheFirstDelayUpToTheCap() {
    assertThat(backoff.afterAttempts(1)).isEqualTo(Duration.ofSeconds(2));
    assertThat(backoff.afterAttempts(2)).isEqualTo(Duration.ofSeconds(4));
    assertThat(backoff.afterAttempts(5)).isEqualTo(Duration.ofSeconds(32));
    assertThat(backoff.afterAttempts(9)).isEqualTo(Duration.ofSeconds(512));
    assertThat(backoff.afterAttempts(10)).isEqualTo(Duration.ofMinutes(10));
    assertThat(backoff.afterAttempts(1_000)).isEqualTo(Duration.ofMinutes(10));
  }
}
