package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** T3 over HTTP: book visits, see them on the calendar, be warned about a technician's overlap. */
class ScheduleIT {

  @Test
  void aSecondVisitOfTheSameTechnicianAtTheSameTimeIsBookedWithAWarning() {
    // A day nobody else books, so that a rerun against the same database starts with a free day.
    String day = LocalDate.now().plusDays(60 + Math.floorMod(System.nanoTime(), 3000)).toString();
    String first = TechOrderIT.newCustomerOrder("SERVICE_CALL");
    String second = TechOrderIT.newCustomerOrder("SERVICE_CALL");
    WebSession tina = TechOrderIT.tech("tech2@servicetracker.test");
    for (String number : new String[] {first, second}) {
      tina.get("/tech/order.xhtml?number=" + number);
      tina.submit("claimForm", Map.of(), "claim");
    }
    WebSession dana = TechOrderIT.tech("dispatch@servicetracker.test");
    dana.get("/tech/schedule.xhtml?day=" + day + "&view=day");
    dana.submit(
        "bookForm",
        Map.of("number", first, "date", day, "from", "09:00", "to", "11:00"),
        "bookVisit");
    assertThat(dana.last().body())
        .contains("Visit booked for " + first)
        .doesNotContain("overlapWarning");
    dana.submit(
        "bookForm",
        Map.of("number", second, "date", day, "from", "10:00", "to", "12:00"),
        "bookVisit");
    assertThat(dana.last().body())
        .contains("Visit booked for " + second)
        .contains("id=\"overlapWarning\"")
        .contains("overlapping visits on " + first);

    String tinaId =
        TestDatabase.strings("SELECT id FROM app_user WHERE email = 'tech2@servicetracker.test'")
            .get(0);
    String calendar =
        dana.get("/tech/schedule.xhtml?day=" + day + "&view=week&tech=" + tinaId).body();
    assertThat(calendar)
        .contains(first)
        .contains(second)
        .contains("09:00–11:00")
        .contains("10:00–12:00");
    assertThat(dana.get("/tech/schedule.xhtml?day=" + day + "&view=day&tech=1").body())
        .doesNotContain(first + " ·");

    // Moving the second visit away removes the overlap; the customer is mailed the new window.
    dana.get("/tech/schedule.xhtml?day=" + day + "&view=day");
    dana.submit(
        "bookForm",
        Map.of("number", second, "date", day, "from", "13:00", "to", "14:00"),
        "bookVisit");
    assertThat(dana.last().body())
        .contains("Visit booked for " + second)
        .doesNotContain("id=\"overlapWarning\"");
  }

  @Test
  void bookingAnUnknownOrderOrAnEndBeforeTheStartIsRefused() {
    WebSession dana = TechOrderIT.tech("dispatch@servicetracker.test");
    dana.get("/tech/schedule.xhtml");
    String day = LocalDate.now().plusDays(3).toString();
    dana.submit(
        "bookForm",
        Map.of("number", "SR-999999999", "date", day, "from", "09:00", "to", "10:00"),
        "bookVisit");
    assertThat(dana.last().body()).contains("was not found");
    String number = TechOrderIT.newCustomerOrder("SERVICE_CALL");
    dana.submit(
        "bookForm",
        Map.of("number", number, "date", day, "from", "10:00", "to", "09:00"),
        "bookVisit");
    assertThat(dana.last().body()).contains("The visit must end after it starts.");
  }
}
