package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** T5, T6 and T7 over HTTP in the technician app. */
class TechOrderIT {
  private static final Pattern NUMBER = Pattern.compile("id=\"orderTitle\">(SR-\\d+)");

  @Test
  void twoTechniciansClaimingAtOnceGiveExactlyOneAssignee() throws Exception {
    String number = newCustomerOrder("WALK_IN");
    WebSession tom = tech("tech@servicetracker.test");
    WebSession tina = tech("tech2@servicetracker.test");
    tom.get("/tech/order.xhtml?number=" + number);
    tina.get("/tech/order.xhtml?number=" + number);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<String>> claims = new ArrayList<>();
      for (WebSession technician : new WebSession[] {tom, tina}) {
        claims.add(() -> technician.submit("claimForm", Map.of(), "claim").body());
      }
      List<String> pages = new ArrayList<>();
      for (Future<String> page : pool.invokeAll(claims)) {
        pages.add(page.get());
      }
      assertThat(pages).filteredOn(p -> p.contains("The order is yours now.")).hasSize(1);
      assertThat(pages)
          .filteredOn(p -> p.contains("was already claimed by"))
          .hasSize(1)
          .allSatisfy(
              p -> assertThat(p).containsPattern("already claimed by (Tom|Tina) Technician"));
    } finally {
      pool.shutdownNow();
    }
    assertThat(
            TestDatabase.count(
                "SELECT count(*) FROM service_order_assignee a JOIN service_order o ON o.id = a.order_id"
                    + " WHERE o.order_number = ?",
                number))
        .isEqualTo(1);
  }

  @Test
  void aClaimedOrderLeavesTheUnassignedListForItsTechniciansOwn() {
    String number = newCustomerOrder("WALK_IN");
    WebSession tom = tech("tech@servicetracker.test");
    String before = tom.get("/tech/index.xhtml").body();
    assertThat(section(before, "unassignedOrders")).contains(number);
    assertThat(section(before, "myOrders")).doesNotContain(number);

    tom.get("/tech/order.xhtml?number=" + number);
    tom.submit("claimForm", Map.of(), "claim");
    String after = tom.get("/tech/index.xhtml").body();
    assertThat(section(after, "myOrders")).contains(number);
    assertThat(section(after, "unassignedOrders")).doesNotContain(number);
  }

  /** The dashboard's card with this id, up to the next card. */
  private static String section(String page, String id) {
    int start = page.indexOf("id=\"" + id + "\"");
    assertThat(start).as("card " + id).isNotNegative();
    int end = page.indexOf("<section", start + 1);
    return page.substring(start, end < 0 ? page.length() : end);
  }

  @Test
  void aTechnicianWalksARepairToCompletedAndTheCustomerIsMailedAtEachStep() {
    String number = newCustomerOrder("WALK_IN");
    WebSession tom = tech("tech@servicetracker.test");
    tom.get("/tech/order.xhtml?number=" + number);
    tom.submit("claimForm", Map.of(), "claim");
    move(tom, "IN_PROGRESS", Map.of("statusNote", "Diagnosis started"));

    // Awaiting Parts needs the supplier and the ETA: refused with a clear message, nothing changes.
    tom.submit("statusForm", Map.of("target", "AWAITING_PARTS"), "changeStatus");
    assertThat(tom.last().body())
        .contains("supplier")
        .doesNotContain("The status has been changed.");
    assertThat(status(number)).isEqualTo("IN_PROGRESS");

    String eta = LocalDate.now().plusDays(4).toString();
    move(tom, "AWAITING_PARTS", Map.of("supplier", "Northwind Parts", "eta", eta));
    move(tom, "IN_PROGRESS", Map.of());
    move(tom, "READY_FOR_RETURN", Map.of("statusNote", "Ready for pick-up at the front desk"));
    move(tom, "COMPLETED", Map.of());

    String timeline = tom.get("/tech/order.xhtml?number=" + number + "&tab=timeline").body();
    for (String step :
        new String[] {"In Progress", "Awaiting Parts", "Ready for Return", "Completed"}) {
      assertThat(timeline).contains("Status changed to " + step);
      DevMailbox.await("admin@acme.test", number + " is now " + step, Duration.ofSeconds(30));
    }
    assertThat(tom.get("/tech/order.xhtml?number=" + number).body())
        .contains("its status can no longer change");
  }

  @Test
  void notesAreMarkedInternalOrPublicAndOnlyPublicOnesReachTheCustomer() {
    String number = newCustomerOrder("SERVICE_CALL");
    WebSession dana = tech("dispatch@servicetracker.test");
    dana.get("/tech/order.xhtml?number=" + number + "&tab=timeline");
    assertThat(dana.last().body())
        .contains("Internal: service team only")
        .contains("Public: the customer sees it");
    String secret = "Margin on this job is thin " + System.nanoTime();
    dana.submit("noteForm", Map.of("visibility", "INTERNAL", "note", secret), "post");
    String visible = "We will call you tomorrow " + System.nanoTime();
    dana.submit("noteForm", Map.of("visibility", "PUBLIC", "note", visible), "post");
    assertThat(dana.last().body()).contains(secret).contains(visible);

    WebSession carla = new WebSession();
    carla.signIn("portal", "customer@acme.test", SignInIT.PASSWORD);
    String portal = carla.get("/portal/order.xhtml?number=" + number + "&tab=timeline").body();
    assertThat(portal).contains(visible).doesNotContain(secret);
    DevMailbox.await(
        "customer@acme.test", "New note on " + number, visible, Duration.ofSeconds(30));
    assertThat(DevMailbox.all()).noneMatch(m -> m.body().contains(secret));
  }

  private static void move(WebSession session, String target, Map<String, String> fields) {
    java.util.Map<String, String> form = new java.util.HashMap<>(fields);
    form.put("target", target);
    session.submit("statusForm", form, "changeStatus");
    assertThat(session.last().body()).as(target).contains("The status has been changed.");
  }

  private static String status(String number) {
    return TestDatabase.strings("SELECT status FROM service_order WHERE order_number = ?", number)
        .get(0);
  }

  /** A request as Carla submits it in the portal. */
  static String newCustomerOrder(String kind) {
    WebSession carla = new WebSession();
    carla.signIn("portal", "customer@acme.test", SignInIT.PASSWORD);
    carla.get("/portal/request-new.xhtml");
    carla.submit(
        "request",
        Map.of("kind", kind, "priority", "NORMAL", "summary", "Staff test " + System.nanoTime()),
        "submit");
    Matcher number = NUMBER.matcher(carla.last().body());
    assertThat(number.find()).isTrue();
    return number.group(1);
  }

  static WebSession tech(String email) {
    WebSession session = new WebSession();
    session.signIn("tech", email, SignInIT.PASSWORD);
    return session;
  }
}
