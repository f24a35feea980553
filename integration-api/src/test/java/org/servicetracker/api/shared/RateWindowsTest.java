package org.servicetracker.api.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateWindowsTest {
  private static RateWindows at(String time) {
    return new RateWindows(Clock.fixed(Instant.parse(time), ZoneOffset.UTC));
  }

  @Test
  void aClientGetsItsLimitPerMinuteAndIsToldWhenTheWindowEnds() {
    RateWindows windows = at("2026-11-23T10:00:45Z");
    RateWindows.Use first = windows.take(1, 3);
    windows.take(1, 3);
    RateWindows.Use third = windows.take(1, 3);
    RateWindows.Use fourth = windows.take(1, 3);

    assertThat(first.allowed()).isTrue();
    assertThat(first.remaining()).isEqualTo(2);
    assertThat(third.allowed()).isTrue();
    assertThat(third.remaining()).isZero();
    assertThat(fourth.allowed()).isFalse();
    assertThat(fourth.resetSeconds()).isEqualTo(15);
    assertThat(windows.take(2, 3).allowed()).as("another client counts apart").isTrue();
  }
}
