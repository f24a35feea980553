package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** C6 and the priority rules on the customer's order page. */
class OrderNotesIT {

  @Test
  void aCustomerNoteLandsOnTheTimelineWithItsAuthor() {
    String number = openAcmeOrder();
    WebSession carla = signedIn("customer@acme.test");
    carla.get("/portal/order.xhtml?number=" + number + "&tab=timeline");
    String text = "Gate code is 4711 - " + System.nanoTime();
    carla.submit("noteForm", Map.of("note", text), "post");
    assertThat(carla.last().uri().getQuery()).contains("noteAdded=true");
    assertThat(carla.last().body())
        .contains("Your note has been added to the timeline.")
        .contains(text);

    // A colleague of the same account sees who wrote it.
    WebSession adam = signedIn("admin@acme.test");
    String page = adam.get("/portal/order.xhtml?number=" + number + "&tab=timeline").body();
    assertThat(page.substring(page.indexOf(text) - 400, page.indexOf(text)))
        .contains("Carla Customer");

    // Colleagues are told by mail; the author is not.
    DevMailbox.Mail mail =
        DevMailbox.await("admin@acme.test", "New note on " + number, text, Duration.ofSeconds(30));
    assertThat(mail.body()).contains("Carla Customer wrote").contains(text);
    assertThat(DevMailbox.all())
        .noneMatch(m -> m.to().equals("customer@acme.test") && m.body().contains(text));
  }

  @Test
  void anEmptyNoteIsRefusedWithAClearMessage() {
    WebSession carla = signedIn("customer@acme.test");
    carla.get("/portal/order.xhtml?number=" + openAcmeOrder() + "&tab=timeline");
    carla.submit("noteForm", Map.of("note", "  "), "post");
    assertThat(carla.last().body())
        .contains("Write the note first.")
        .doesNotContain("Your note has been added");
  }

  @Test
  void settingUrgentAlertsTheDispatchersByMailAndIsOnTheTimeline() {
    String number = openAcmeOrder("priority <> 'URGENT'");
    WebSession carla = signedIn("customer@acme.test");
    carla.get("/portal/order.xhtml?number=" + number);
    carla.submit("priorityForm", Map.of("priority", "URGENT"), "savePriority");
    assertThat(carla.last().body())
        .contains("The priority has been changed.")
        .contains("Priority changed to");

    DevMailbox.Mail mail =
        DevMailbox.await(
            "dispatch@servicetracker.test",
            "Urgent: " + number,
            m -> m.subject().startsWith("Urgent: " + number + " "),
            Duration.ofSeconds(30));
    assertThat(mail.body())
        .contains("Carla Customer marked order " + number)
        .contains("/tech/order.xhtml?number=" + number);
  }

  @Test
  void aChangeBasedOnAnOutdatedPageIsRefusedNotLost() {
    String number = openAcmeOrder("priority <> 'LOW' AND priority <> 'HIGH'");
    WebSession carla = signedIn("customer@acme.test");
    WebSession adam = signedIn("admin@acme.test");
    carla.get("/portal/order.xhtml?number=" + number);
    adam.get("/portal/order.xhtml?number=" + number);

    adam.submit("priorityForm", Map.of("priority", "HIGH"), "savePriority");
    carla.submit("priorityForm", Map.of("priority", "LOW"), "savePriority");
    assertThat(carla.last().body()).contains("was changed by someone else in the meantime");
    assertThat(
            TestDatabase.strings(
                "SELECT priority FROM service_order WHERE order_number = ?", number))
        .containsExactly("HIGH");
  }

  @Test
  void aFinishedOrdersPriorityCannotChange() {
    String number =
        TestDatabase.strings(
                "SELECT o.order_number FROM service_order o JOIN customer_account c ON c.id = o.account_id"
                    + " WHERE c.name = 'Acme Corp' AND o.status = 'COMPLETED' ORDER BY o.id LIMIT 1")
            .get(0);
    WebSession carla = signedIn("customer@acme.test");
    String page = carla.get("/portal/order.xhtml?number=" + number).body();
    assertThat(page)
        .contains("its priority can no longer change")
        .doesNotContain("id=\"priorityForm\"");
  }

  private static String openAcmeOrder() {
    return openAcmeOrder("TRUE");
  }

  private static String openAcmeOrder(String condition) {
    return TestDatabase.strings(
            "SELECT o.order_number FROM service_order o JOIN customer_account c ON c.id = o.account_id"
                + " WHERE c.name = 'Acme Corp' AND o.status IN ('NEW', 'IN_PROGRESS', 'SCHEDULED') AND "
                + condition
                + " ORDER BY random() LIMIT 1")
        .get(0);
  }

  private static WebSession signedIn(String email) {
    WebSession session = new WebSession();
    session.signIn("portal", email, SignInIT.PASSWORD);
    return session;
  }
}
