package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * T3 over HTTP: the parts a visit needs are checked against the stock and the visits booked before
 * it; counts and installed parts change what is on hand.
 */
class StockIT {

  @Test
  void aLaterVisitIsShortOfAPartEarlierVisitsTakeUntilMoreIsCounted() {
    String part = "TS-" + System.nanoTime();
    WebSession dana = TechOrderIT.tech("dispatch@servicetracker.test");
    dana.get("/tech/stock.xhtml");
    dana.submit(
        "addForm", Map.of("partNumber", part, "description", "Thermostat", "onHand", "3"), "add");
    assertThat(dana.last().body()).contains("The part has been added to the stock.");
    dana.submit(
        "addForm",
        Map.of("partNumber", part.toLowerCase(), "description", "x", "onHand", "1"),
        "add");
    assertThat(dana.last().body()).contains("is already in stock");

    // Two visits far ahead (nobody else's), each needing two thermostats.
    LocalDate day = LocalDate.now().plusDays(400 + Math.floorMod(System.nanoTime(), 3000));
    String early = bookedOrder(dana, day, "09:00");
    String late = bookedOrder(dana, day, "14:00");
    for (String number : new String[] {early, late}) {
      dana.get("/tech/order.xhtml?number=" + number);
      dana.submit("visitPartForm", Map.of("partNumber", part, "quantity", "2"), "addPart");
      assertThat(dana.last().body())
          .contains("The part has been added to the visit.")
          .contains("Thermostat (" + part + ")");
    }
    assertThat(dana.get("/tech/order.xhtml?number=" + early).body()).contains(">On hand<");
    assertThat(dana.get("/tech/order.xhtml?number=" + late).body()).contains("Short by 1");
    assertThat(dana.get("/tech/schedule.xhtml?view=day&day=" + day).body())
        .contains("Parts on hand")
        .contains("Parts short:")
        .contains("Thermostat (1)");

    // A count of four covers both; a technician installing one elsewhere takes it out again.
    String id =
        TestDatabase.strings("SELECT id FROM stock_item WHERE part_number = ?", part).get(0);
    dana.get("/tech/stock.xhtml?q=" + part);
    String row = "item:0:countForm";
    dana.submit(row, Map.of("onHand", "4"), row + ":count");
    assertThat(dana.last().body()).contains("The count has been saved.");
    assertThat(dana.get("/tech/order.xhtml?number=" + late).body()).doesNotContain("Short by");

    String other = TechOrderIT.newCustomerOrder("WALK_IN");
    WebSession tom = TechOrderIT.tech("tech@servicetracker.test");
    tom.get("/tech/order.xhtml?number=" + other + "&tab=work");
    tom.submit(
        "partForm",
        Map.of(
            "partNumber", part,
            "partDescription", "Thermostat",
            "quantity", "1",
            "costCode", "CC-1",
            "unitPrice", "20"),
        "logPart");
    assertThat(
            TestDatabase.strings("SELECT on_hand FROM stock_item WHERE id = ?", Long.parseLong(id)))
        .containsExactly("3.00");
    assertThat(tom.get("/tech/order.xhtml?number=" + late).body()).contains("Short by 1");

    // Technicians look the stock up; only the service desk changes it.
    assertThat(tom.get("/tech/stock.xhtml?q=" + part).body())
        .contains("Thermostat")
        .doesNotContain("addForm")
        .doesNotContain("countForm");
  }

  /** A new service call with a two-hour visit booked on the day. */
  private static String bookedOrder(WebSession desk, LocalDate day, String from) {
    String number = TechOrderIT.newCustomerOrder("SERVICE_CALL");
    desk.get("/tech/schedule.xhtml?view=day&day=" + day);
    String to = String.format("%02d:00", Integer.parseInt(from.substring(0, 2)) + 2);
    desk.submit(
        "bookForm",
        Map.of("number", number, "date", day.toString(), "from", from, "to", to),
        "bookVisit");
    assertThat(desk.last().body()).contains("Visit booked for " + number);
    return number;
  }
}
