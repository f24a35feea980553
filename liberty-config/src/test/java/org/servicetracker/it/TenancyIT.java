package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** X1: an account sees only its own orders, in the portal and through the API. */
class TenancyIT {

  @Test
  void anAcmeKeyListsOnlyAcmeOrdersAndTheOrgKeySeesBoth() {
    assertThat(accountsIn(Api.get("/api/v1/orders?size=200", "demo-acme-key")))
        .containsOnly("Acme Corp");
    assertThat(firstNumberOf("demo-org-key", "Acme Corp")).isNotNull();
    assertThat(firstNumberOf("demo-org-key", "Globex")).isNotNull();
  }

  @Test
  void globexGetsNotFoundForAnAcmeOrderInThePortalAndTheApi() {
    String acmeOrder = firstNumber("demo-acme-key");

    WebSession globex = new WebSession();
    globex.signIn("portal", "customer@globex.test", SignInIT.PASSWORD);
    HttpResponse<String> page = globex.get("/portal/order.xhtml?number=" + acmeOrder);
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("Not found").doesNotContain(acmeOrder + " ·");

    WebSession acme = new WebSession();
    acme.signIn("portal", "customer@acme.test", SignInIT.PASSWORD);
    page = acme.get("/portal/order.xhtml?number=" + acmeOrder);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(acmeOrder);

    HttpResponse<String> api =
        Api.get("/api/v1/orders/" + acmeOrder, "demo-globex-key-does-not-exist");
    assertThat(api.statusCode()).isEqualTo(401);
    String globexOrder = firstNumberOf("demo-org-key", "Globex");
    api = Api.get("/api/v1/orders/" + globexOrder, "demo-acme-key");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }

  @Test
  void customersNeverSeeInternalNotesButStaffDo() {
    String number = numberWithInternalNote();
    WebSession acme = new WebSession();
    acme.signIn("portal", "customer@acme.test", SignInIT.PASSWORD);
    for (String tab : new String[] {"summary", "timeline", "attachments"}) {
      assertThat(acme.get("/portal/order.xhtml?number=" + number + "&tab=" + tab).body())
          .doesNotContain("fault reproduced on the bench");
    }
    assertThat(Api.get("/api/v1/orders/" + number, "demo-acme-key").body())
        .doesNotContain("fault reproduced on the bench");

    WebSession tech = new WebSession();
    tech.signIn("tech", "dispatch@servicetracker.test", SignInIT.PASSWORD);
    assertThat(tech.get("/tech/order.xhtml?number=" + number + "&tab=timeline").body())
        .contains("fault reproduced on the bench")
        .contains("Internal");
    assertThat(Api.get("/api/v1/orders/" + number, "demo-org-key").body())
        .contains("fault reproduced on the bench");
  }

  private static String numberWithInternalNote() {
    return TestDatabase.strings(
            "SELECT o.order_number FROM service_order o JOIN customer_account c ON c.id = o.account_id"
                + " JOIN timeline_entry t ON t.order_id = o.id WHERE c.name = 'Acme Corp' AND t.visibility = 'INTERNAL'"
                + " AND t.body LIKE '%fault reproduced on the bench%' ORDER BY o.id LIMIT 1")
        .get(0);
  }

  private static String firstNumber(String key) {
    return Api.json(Api.get("/api/v1/orders?size=1", key))
        .getJsonArray("items")
        .getJsonObject(0)
        .getString("number");
  }

  /** The newest order of the account the key can see, searching page by page. */
  private static String firstNumberOf(String key, String account) {
    for (int page = 0; page < 50; page++) {
      HttpResponse<String> list = Api.get("/api/v1/orders?size=200&page=" + page, key);
      List<JsonObject> items =
          Api.json(list).getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
      if (items.isEmpty()) {
        break;
      }
      for (JsonObject order : items) {
        if (order.getString("account").equals(account)) {
          return order.getString("number");
        }
      }
    }
    throw new AssertionError("No order of " + account + " visible with " + key);
  }

  private static List<String> accountsIn(HttpResponse<String> list) {
    assertThat(list.statusCode()).isEqualTo(200);
    return Api.json(list).getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getString("account"))
        .toList();
  }
}
