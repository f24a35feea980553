package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** C2: the overview's recent requests and upcoming visits, and a visit on its order page. */
class OverviewIT {
  private static final Pattern VISIT =
      Pattern.compile("class=\"st-visit\">.*?number=(SR-\\d+)", Pattern.DOTALL);

  @Test
  void theOverviewListsTheNextVisitsSoonestFirst() {
    List<String> expected =
        TestDatabase.strings(
            "SELECT o.order_number FROM service_order o JOIN customer_account c ON c.id = o.account_id"
                + " WHERE c.name = 'Acme Corp' AND o.scheduled_start >= now() AND o.status NOT IN ('COMPLETED', 'CANCELLED')"
                + " ORDER BY o.scheduled_start, o.id LIMIT 5");
    assertThat(expected).as("the demo data books visits").isNotEmpty();
    WebSession carla = new WebSession();
    String page = carla.signIn("portal", "customer@acme.test", SignInIT.PASSWORD).body();
    List<String> listed = new ArrayList<>();
    Matcher visit = VISIT.matcher(page.substring(page.indexOf("id=\"upcomingVisits\"")));
    while (visit.find()) {
      listed.add(visit.group(1));
    }
    assertThat(listed).containsExactlyElementsOf(expected);

    String order = carla.get("/portal/order.xhtml?number=" + expected.get(0)).body();
    assertThat(order).contains("id=\"visit\"").contains("Visit booked:");
  }
}
