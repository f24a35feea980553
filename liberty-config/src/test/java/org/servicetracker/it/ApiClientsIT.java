package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** I3 over HTTP: administrators create, rotate and revoke API keys, which are shown once. */
class ApiClientsIT {
  private static final Pattern KEY = Pattern.compile("id=\"issuedKey\"[^>]*>(st_[A-Za-z0-9_-]+)<");

  @Test
  void aKeyIsShownOnceStoredHashedRotatedAndRevoked() {
    WebSession alex = TechOrderIT.tech("admin@servicetracker.test");
    alex.get("/tech/admin/api-clients.xhtml");
    String name = "Warehouse ERP " + System.nanoTime();
    alex.submit("createForm", Map.of("name", name), "create");
    String first = issuedKey(alex.last().body());
    assertThat(Api.get("/api/v1/orders?size=1", first).statusCode()).isEqualTo(200);
    assertThat(TestDatabase.strings("SELECT key_hash FROM api_client WHERE name = ?", name))
        .hasSize(1)
        .doesNotContain(first);
    assertThat(alex.get("/tech/admin/api-clients.xhtml").body())
        .contains(name)
        .contains(first.substring(0, 8) + "…")
        .doesNotContain(first);

    String row = rowOf(alex.last().body(), name);
    alex.submit(row, Map.of(), row + ":rotate");
    String second = issuedKey(alex.last().body());
    assertThat(second).isNotEqualTo(first);
    assertThat(Api.get("/api/v1/orders?size=1", first).statusCode()).isEqualTo(401);
    assertThat(Api.get("/api/v1/orders?size=1", second).statusCode()).isEqualTo(200);

    row = rowOf(alex.last().body(), name);
    alex.submit(row, Map.of(), row + ":revoke");
    assertThat(alex.last().body()).contains("Revoked: " + name);
    assertThat(Api.get("/api/v1/orders?size=1", second).statusCode()).isEqualTo(401);
  }

  @Test
  void aReadOnlyAccountKeyReadsItsAccountOnlyAndOnlyAdministratorsManageKeys() {
    WebSession alex = TechOrderIT.tech("admin@servicetracker.test");
    alex.get("/tech/admin/api-clients.xhtml");
    String globex =
        TestDatabase.strings("SELECT id FROM customer_account WHERE name = 'Globex'").get(0);
    alex.submit(
        "createForm",
        Map.of(
            "name", "Globex BI " + System.nanoTime(), "account_hinput", globex, "readOnly", "true"),
        "create");
    String key = issuedKey(alex.last().body());
    assertThat(Api.get("/api/v1/orders?size=200", key).body())
        .contains("Globex")
        .doesNotContain("Acme Corp");
    assertThat(ApiOrdersIT.create(key, "not allowed").statusCode()).isEqualTo(403);

    alex.submit("createForm", Map.of("name", ""), "create");
    assertThat(alex.last().body()).contains("Name the client");
    assertThat(
            TechOrderIT.tech("dispatch@servicetracker.test")
                .get("/tech/admin/api-clients.xhtml")
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void aBurstOverTheClientsLimitIsToldToWait() {
    WebSession alex = TechOrderIT.tech("admin@servicetracker.test");
    alex.get("/tech/admin/api-clients.xhtml");
    alex.submit(
        "createForm", Map.of("name", "Chatty " + System.nanoTime(), "rateLimit", "5"), "create");
    String key = issuedKey(alex.last().body());
    // Twenty requests cover at most two one-minute windows, so one of them holds more than five.
    java.util.List<java.net.http.HttpResponse<String>> answers = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      answers.add(Api.get("/api/v1/orders?size=1", key));
    }
    assertThat(answers.get(0).statusCode()).isEqualTo(200);
    assertThat(answers)
        .allSatisfy(
            a -> {
              assertThat(a.headers().firstValue("RateLimit-Limit")).hasValue("5");
              assertThat(a.headers().firstValue("RateLimit-Policy")).hasValue("5;w=60");
            });
    java.net.http.HttpResponse<String> refused =
        answers.stream().filter(a -> a.statusCode() == 429).findFirst().orElseThrow();
    assertThat(refused.body()).contains("rate-limited").contains("5 requests a minute");
    assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(1L, 60L);
    assertThat(refused.headers().firstValue("RateLimit-Remaining")).hasValue("0");
  }

  /** A new API client made by the administrator with these form fields (name at least); its key. */
  static String newKey(Map<String, String> fields) {
    WebSession alex = TechOrderIT.tech("admin@servicetracker.test");
    alex.get("/tech/admin/api-clients.xhtml");
    alex.submit("createForm", fields, "create");
    return issuedKey(alex.last().body());
  }

  private static String issuedKey(String page) {
    Matcher key = KEY.matcher(page);
    assertThat(key.find()).as(page).isTrue();
    return key.group(1);
  }

  /** The id of the form of the client row showing this name. */
  private static String rowOf(String page, String name) {
    int at = page.indexOf("<strong>" + name + "</strong> · <code>");
    assertThat(at).as(name).isPositive();
    Matcher form = Pattern.compile("<form id=\"([^\"]+)\"").matcher(page.substring(0, at));
    String id = null;
    while (form.find()) {
      id = form.group(1);
    }
    return id;
  }
}
