package org.servicetracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CappedCountTest {

  @Test
  void aCountWithinTheLimitIsExact() {
    assertThat(CappedCount.of(0, 99).text()).isEqualTo("0");
    assertThat(CappedCount.of(99, 99)).isEqualTo(new CappedCount(99, false));
    assertThat(CappedCount.of(99, 99).text()).isEqualTo("99");
  }

  @Test
  void oneMoreThanTheLimitSaysThereAreMore() {
    assertThat(CappedCount.of(100, 99)).isEqualTo(new CappedCount(99, true));
    assertThat(CappedCount.of(100, 99).text()).isEqualTo("99+");
  }
}
