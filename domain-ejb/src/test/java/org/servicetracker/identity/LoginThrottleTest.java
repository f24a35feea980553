package org.servicetracker.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  private final LoginThrottle throttle = new LoginThrottle(Duration.ofMinutes(15), 5, 20);

  @Test
  void fourFailuresDoNotLockTheAccount() {
    assertThat(throttle.lockedUntil(failures(4, 1), List.of(), NOW)).isEmpty();
  }

  @Test
  void theFifthFailureLocksUntilTheOldestOfTheFiveLeavesTheWindow() {
    List<Instant> five = failures(5, 1); // 1, 2, 3, 4, 5 minutes ago
    assertThat(throttle.lockedUntil(five, List.of(), NOW))
        .contains(NOW.minus(Duration.ofMinutes(5)).plus(Duration.ofMinutes(15)));
  }

  @Test
  void failuresOutsideTheWindowDoNotCount() {
    List<Instant> old = failures(5, 4); // 4, 8, 12, 16, 20 minutes ago: only three inside
    assertThat(throttle.lockedUntil(old, List.of(), NOW)).isEmpty();
  }

  @Test
  void theLockLiftsByItself() {
    List<Instant> five = failures(5, 1);
    Instant later = NOW.plus(Duration.ofMinutes(11));
    assertThat(throttle.lockedUntil(five, List.of(), later)).isEmpty();
  }

  @Test
  void manyFailuresFromOneAddressLockThatAddress() {
    assertThat(throttle.lockedUntil(List.of(), failures(19, 0), NOW)).isEmpty();
    assertThat(throttle.lockedUntil(List.of(), failures(20, 0), NOW)).isPresent();
  }

  @Test
  void whenBothAreLockedTheLaterEndCounts() {
    List<Instant> account = failures(5, 1);
    List<Instant> address = failures(20, 0);
    assertThat(throttle.lockedUntil(account, address, NOW))
        .contains(NOW.plus(Duration.ofMinutes(15)));
  }

  /**
   * {@code count} failures, newest first, {@code stepMinutes} apart, the newest {@code stepMinutes}
   * ago.
   */
  private static List<Instant> failures(int count, int stepMinutes) {
    List<Instant> list = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      list.add(NOW.minus(Duration.ofMinutes((long) stepMinutes * i)));
    }
    return list;
  }
}
