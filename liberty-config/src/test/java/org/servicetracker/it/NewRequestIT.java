package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** C3: a customer submits a request, or saves a draft and submits it later. */
class NewRequestIT {
  private static final Pattern NUMBER = Pattern.compile("id=\"orderTitle\">(SR-\\d+)");

  @Test
  void aSubmittedServiceCallGetsANumberAndOpensItsPage() {
    WebSession carla = signedIn();
    carla.get("/portal/request-new.xhtml");
    String summary = "Display flickers " + System.nanoTime();
    carla.submit("request", request(carla.last().body(), "SERVICE_CALL", summary), "submit");
    assertThat(carla.last().uri().getPath()).isEqualTo("/portal/order.xhtml");
    assertThat(carla.last().body())
        .contains("Your request has been submitted.")
        .contains(summary)
        .contains("Service Call");
    String number = number(carla.last().body());
    assertThat(
            TestDatabase.strings(
                "SELECT concat_ws('|', o.status, o.kind, a.name) FROM service_order o JOIN asset a ON a.id = o.asset_id WHERE o.order_number = ?",
                number))
        .containsExactly("NEW|SERVICE_CALL|" + assetName());
  }

  @Test
  void aDraftIsKeptAndSubmittedLater() {
    WebSession carla = signedIn();
    carla.get("/portal/request-new.xhtml");
    carla.submit(
        "request", request(carla.last().body(), "WALK_IN", "Draft " + System.nanoTime()), "draft");
    assertThat(carla.last().body())
        .contains("Your draft has been saved.")
        .contains("This request is a draft");
    String number = number(carla.last().body());
    carla.submit("draftForm", Map.of(), "submitDraft");
    assertThat(carla.last().body()).contains("Your request has been submitted.");
    assertThat(
            TestDatabase.strings("SELECT status FROM service_order WHERE order_number = ?", number))
        .containsExactly("NEW");
  }

  @Test
  void aRequestWithoutSummaryIsRefusedAndNothingIsCreated() {
    WebSession carla = signedIn();
    carla.get("/portal/request-new.xhtml");
    long before = TestDatabase.count("SELECT count(*) FROM service_order");
    carla.submit("request", request(carla.last().body(), "WALK_IN", ""), "submit");
    assertThat(carla.last().body()).contains("Describe the problem in a sentence or two.");
    assertThat(TestDatabase.count("SELECT count(*) FROM service_order")).isEqualTo(before);
  }

  @Test
  void anotherAccountsAssetCannotBeSlippedIn() {
    String globexAsset =
        TestDatabase.strings(
                "SELECT a.id FROM asset a JOIN customer_account c ON c.id = a.account_id WHERE c.name = 'Globex' LIMIT 1")
            .get(0);
    WebSession carla = signedIn();
    carla.get("/portal/request-new.xhtml");
    String summary = "Tampered " + System.nanoTime();
    Map<String, String> fields = request(carla.last().body(), "WALK_IN", summary);
    fields.put("asset_hinput", globexAsset);
    carla.submit("request", fields, "submit");
    assertThat(carla.last().body())
        .contains("assets from the suggestions.")
        .contains(summary); // the form comes back with what was entered
    assertThat(TestDatabase.count("SELECT count(*) FROM service_order WHERE summary = ?", summary))
        .isZero();
  }

  private static Map<String, String> request(String page, String kind, String summary) {
    Matcher site = Pattern.compile("<option value=\"(\\d+)\"").matcher(page);
    assertThat(site.find()).isTrue();
    Map<String, String> fields = new HashMap<>();
    fields.put("kind", kind);
    fields.put("site", site.group(1));
    fields.put("asset_input", assetName());
    fields.put("asset_hinput", assetId());
    fields.put("priority", "HIGH");
    fields.put("summary", summary);
    fields.put("detail", "Seen since Monday.");
    return fields;
  }

  private static String assetId() {
    return TestDatabase.strings(
            "SELECT a.id FROM asset a JOIN customer_account c ON c.id = a.account_id WHERE c.name = 'Acme Corp' ORDER BY a.id LIMIT 1")
        .get(0);
  }

  private static String assetName() {
    return TestDatabase.strings("SELECT name FROM asset WHERE id = ?", Long.parseLong(assetId()))
        .get(0);
  }

  private static String number(String page) {
    Matcher number = NUMBER.matcher(page);
    assertThat(number.find()).as("order page").isTrue();
    return number.group(1);
  }

  private static WebSession signedIn() {
    WebSession session = new WebSession();
    session.signIn("portal", "customer@acme.test", SignInIT.PASSWORD);
    return session;
  }
}
