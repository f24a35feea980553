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
    assertThat(order).contains("id=\"visit\"");
    String timeline =
        carla.get("/portal/order.xhtml?number=" + expected.get(0) + "&tab=timeline").body();
    assertThat(timeline).contains("Visit booked:");
  }

  @Test
  void aColleaguesNoteShowsUpUnreadInTheFeedUntilMarkedRead() {
    String email = TestDatabase.newAcmeCustomer("password-123");
    String number =
        TestDatabase.strings(
                "SELECT o.order_number FROM service_order o JOIN customer_account c ON c.id = o.account_id"
                    + " WHERE c.name = 'Acme Corp' AND o.status = 'NEW' ORDER BY o.id LIMIT 1")
            .get(0);
    WebSession reader = new WebSession();
    assertThat(reader.signIn("portal", email, "password-123").body()).contains("Nothing new.");

    WebSession carla = new WebSession();
    carla.signIn("portal", "customer@acme.test", SignInIT.PASSWORD);
    carla.get("/portal/order.xhtml?number=" + number + "&tab=timeline");
    carla.submit("noteForm", java.util.Map.of("note", "Please call before coming."), "post");

    String overview = reader.get("/portal/index.xhtml").body();
    assertThat(overview)
        .contains("New note on " + number)
        .contains("1 unread")
        .contains("st-is-unread");
    reader.submit("notificationsForm", java.util.Map.of(), "markAllRead");
    assertThat(reader.last().body())
        .contains("New note on " + number)
        .doesNotContain("st-is-unread")
        .doesNotContain("unread</span>");
  }

  @Test
  void theUnreadBadgeCountsTo99() {
    String email = TestDatabase.newAcmeCustomer("password-123");
    TestDatabase.update(
        "INSERT INTO inbox_item (user_id, title, created_at)"
            + " SELECT u.id, 'Notice ' || g, now() - g * interval '1 minute'"
            + " FROM app_user u, generate_series(1, 120) g WHERE u.email = ?",
        email);
    WebSession reader = new WebSession();
    assertThat(reader.signIn("portal", email, "password-123").body())
        .contains("99+ unread")
        .contains("Notice 1");
    TestDatabase.update(
        "UPDATE inbox_item SET read_at = now()"
            + " WHERE id IN (SELECT i.id FROM inbox_item i JOIN app_user u ON u.id = i.user_id"
            + " WHERE u.email = ? ORDER BY i.created_at LIMIT 21)",
        email);
    assertThat(reader.get("/portal/index.xhtml").body())
        .contains("99 unread")
        .doesNotContain("99+");
  }
}
