package org.servicetracker.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrderNumberTest {

  @Test
  void numbersHaveAtLeastSixDigits() {
    assertThat(OrderNumber.format(145)).isEqualTo("SR-000145");
    assertThat(OrderNumber.format(1)).isEqualTo("SR-000001");
    assertThat(OrderNumber.format(999_999)).isEqualTo("SR-999999");
    assertThat(OrderNumber.format(1_234_567)).isEqualTo("SR-1234567");
  }

  @Test
  void sequenceValuesStartAtOne() {
    assertThatThrownBy(() -> OrderNumber.format(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyWellFormedNumbersAreLookedUp() {
    assertThat(OrderNumber.isWellFormed("SR-000145")).isTrue();
    assertThat(OrderNumber.isWellFormed("SR-1234567")).isTrue();
    assertThat(OrderNumber.isWellFormed("SR-12345")).isFalse();
    assertThat(OrderNumber.isWellFormed("sr-000145")).isFalse();
    assertThat(OrderNumber.isWellFormed("SR-000145'; DROP TABLE x")).isFalse();
    assertThat(OrderNumber.isWellFormed(null)).isFalse();
  }

  @Test
  void formattedNumbersAreWellFormed() {
    for (long n : new long[] {1, 42, 999_999, 1_000_000, Long.MAX_VALUE}) {
      assertThat(OrderNumber.isWellFormed(OrderNumber.format(n))).isTrue();
    }
  }

  @Test
  void searchTextsThatMayBePartOfANumberAreRecognised() {
    for (String text : new String[] {"SR-000145", "sr-0001", "145", "sr-", "S", " 2001234 "}) {
      assertThat(OrderNumber.mayBePartOf(text)).as(text).isTrue();
    }
    for (String text : new String[] {"sn-1-0184", "chiller", "sr-12a", "", "%"}) {
      assertThat(OrderNumber.mayBePartOf(text)).as(text).isFalse();
    }
  }
}
