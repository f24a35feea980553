package org.servicetracker.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StockCheckTest {
  private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
  private static final Instant TUESDAY = MONDAY.plusSeconds(86_400);
  private static final Map<String, BigDecimal> TWO_PUMPS = Map.of("dp-7", new BigDecimal("2"));

  private static VisitPart pumps(long order, String quantity) {
    return new VisitPart(order, "DP-7", "Drain pump", new BigDecimal(quantity), "Dana");
  }

  @Test
  void aPartIsOnHandWhenTheStockCoversItAfterEarlierVisits() {
    List<StockCheck.Claim> claims =
        List.of(new StockCheck.Claim("dp-7", BigDecimal.ONE, MONDAY, 1));

    PartNeed tuesday = StockCheck.check(pumps(2, "1"), TUESDAY, TWO_PUMPS, claims);

    assertThat(tuesday.available()).isEqualByComparingTo("1");
    assertThat(tuesday.covered()).isTrue();
    assertThat(tuesday.shortBy()).isEqualByComparingTo("0");
  }

  @Test
  void aLaterVisitIsShortWhatEarlierVisitsTake() {
    List<StockCheck.Claim> claims =
        List.of(
            new StockCheck.Claim("DP-7", new BigDecimal("2"), MONDAY, 1),
            new StockCheck.Claim("DP-7", BigDecimal.ONE, TUESDAY, 2));

    PartNeed tuesday = StockCheck.check(pumps(2, "1"), TUESDAY, TWO_PUMPS, claims);
    PartNeed monday = StockCheck.check(pumps(1, "2"), MONDAY, TWO_PUMPS, claims);

    assertThat(tuesday.covered()).isFalse();
    assertThat(tuesday.shortBy()).isEqualByComparingTo("1");
    assertThat(monday.covered()).as("its own claim does not count against it").isTrue();
  }

  @Test
  void visitsAtTheSameTimeAreServedInOrderAndUnbookedOnesComeLast() {
    List<StockCheck.Claim> claims =
        List.of(
            new StockCheck.Claim("dp-7", new BigDecimal("2"), MONDAY, 1),
            new StockCheck.Claim("dp-7", new BigDecimal("2"), MONDAY, 3));

    assertThat(StockCheck.check(pumps(1, "2"), MONDAY, TWO_PUMPS, claims).covered()).isTrue();
    assertThat(StockCheck.check(pumps(3, "2"), MONDAY, TWO_PUMPS, claims).covered()).isFalse();
    assertThat(StockCheck.check(pumps(9, "1"), null, TWO_PUMPS, claims).shortBy())
        .isEqualByComparingTo("1");
  }

  @Test
  void aPartNotInStockIsNeitherOnHandNorCovered() {
    PartNeed need = StockCheck.check(pumps(1, "1"), MONDAY, Map.of(), List.of());

    assertThat(need.stocked()).isFalse();
    assertThat(need.covered()).isFalse();
    assertThat(need.shortBy()).isEqualByComparingTo("1");
  }
}
