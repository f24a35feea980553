package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** I1/I4/I5 over HTTP: orders through the integration API, its errors, idempotency and ETags. */
class ApiOrdersIT {
  static final String ORG = "demo-org-key";
  static final String ACME = "demo-acme-key";

  private static String acmeId() {
    return TestDatabase.strings("SELECT id FROM customer_account WHERE name = 'Acme Corp'").get(0);
  }

  /** Opens an Acme order through the API; its answer. */
  static HttpResponse<String> create(String key, String summary, String... headers) {
    return Api.send(
        "POST",
        "/api/v1/orders",
        key,
        "{\"accountId\":"
            + acmeId()
            + ",\"kind\":\"SERVICE_CALL\",\"summary\":\""
            + summary
            + "\"}",
        headers);
  }

  @Test
  void anOrderIsCreatedOnceWhateverTheRetriesAndFoundBySearch() {
    String summary = "API order " + System.nanoTime();
    String key = UUID.randomUUID().toString();
    HttpResponse<String> created = create(ORG, summary, "Idempotency-Key", key);
    assertThat(created.statusCode()).isEqualTo(201);
    String number = Api.json(created).getString("number");
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> l.endsWith("/api/v1/orders/" + number));
    assertThat(created.headers().firstValue("ETag"))
        .hasValue("\"" + Api.json(created).getInt("version") + "\"");
    assertThat(Api.json(created).getString("status")).isEqualTo("NEW");

    HttpResponse<String> replayed = create(ORG, summary, "Idempotency-Key", key);
    assertThat(replayed.statusCode()).isEqualTo(201);
    assertThat(replayed.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(Api.json(replayed).getString("number")).isEqualTo(number);
    assertThat(TestDatabase.count("SELECT count(*) FROM service_order WHERE summary = ?", summary))
        .isEqualTo(1);
    HttpResponse<String> reused = create(ORG, summary + " (changed)", "Idempotency-Key", key);
    assertThat(reused.statusCode()).isEqualTo(422);
    assertThat(reused.body()).contains("idempotency-key-reused");

    HttpResponse<String> found =
        Api.get("/api/v1/orders?status=NEW&sort=UPDATED&q=" + number + "&size=5", ORG);
    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(Api.json(found).getJsonArray("items").getJsonObject(0).getString("number"))
        .isEqualTo(number);
    // One account's orders, fewer than lists count (the organisation's may be more: no "last").
    HttpResponse<String> paged = Api.get("/api/v1/orders?size=2&page=1", ACME);
    assertThat(paged.headers().allValues("Link").toString())
        .contains("rel=\"first\"")
        .contains("rel=\"prev\"")
        .contains("rel=\"next\"")
        .contains("rel=\"last\"")
        .contains("page=2");
    assertThat(Api.get("/api/v1/orders?status=SHIPPED", ORG).body())
        .contains("'SHIPPED' is not a valid status; use one of DRAFT, SCHEDULED");
  }

  @Test
  void changesNeedTheCurrentETagAndTransitionsFollowTheLifecycle() {
    JsonObject order = Api.json(create(ORG, "API change " + System.nanoTime()));
    String number = order.getString("number");
    String path = "/api/v1/orders/" + number;
    String etag = Api.get(path, ORG).headers().firstValue("ETag").orElseThrow();

    assertThat(Api.send("PATCH", path, ORG, "{\"priority\":\"HIGH\"}").statusCode()).isEqualTo(428);
    HttpResponse<String> patched =
        Api.send("PATCH", path, ORG, "{\"priority\":\"HIGH\"}", "If-Match", etag);
    assertThat(patched.statusCode()).isEqualTo(200);
    assertThat(Api.json(patched).getString("priority")).isEqualTo("HIGH");
    HttpResponse<String> stale =
        Api.send("PATCH", path, ORG, "{\"priority\":\"LOW\"}", "If-Match", etag);
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(stale.body()).contains("precondition-failed").contains("changed by someone else");

    String transitions = path + "/transitions";
    HttpResponse<String> noSupplier =
        Api.send("POST", transitions, ORG, "{\"to\":\"AWAITING_PARTS\"}");
    assertThat(noSupplier.statusCode()).isEqualTo(400);
    assertThat(
            Api.send("POST", transitions, ORG, "{\"to\":\"IN_PROGRESS\",\"note\":\"On it\"}")
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> parts =
        Api.send(
            "POST",
            transitions,
            ORG,
            "{\"to\":\"AWAITING_PARTS\",\"partsSupplier\":\"Northwind\",\"partsEta\":\"2030-01-15\"}");
    assertThat(Api.json(parts).getString("status")).isEqualTo("AWAITING_PARTS");
    assertThat(Api.json(parts).getString("partsSupplier")).isEqualTo("Northwind");
    HttpResponse<String> backwards = Api.send("POST", transitions, ORG, "{\"to\":\"NEW\"}");
    assertThat(backwards.statusCode()).isEqualTo(400);

    HttpResponse<String> note =
        Api.send(
            "POST",
            path + "/notes",
            ORG,
            "{\"body\":\"Checked by ERP\",\"visibility\":\"INTERNAL\"}");
    assertThat(note.statusCode()).isEqualTo(201);
    assertThat(Api.get(path + "/notes", ORG).body()).contains("Checked by ERP");
    assertThat(Api.get(path + "/notes", ACME).body()).doesNotContain("Checked by ERP");
    assertThat(
            Api.send("POST", path + "/notes", ACME, "{\"body\":\"x\",\"visibility\":\"INTERNAL\"}")
                .statusCode())
        .isEqualTo(403);
    // An account-scoped key moves only its drafts.
    assertThat(Api.send("POST", transitions, ACME, "{\"to\":\"READY_FOR_RETURN\"}").statusCode())
        .isEqualTo(403);
  }

  @Test
  void badBodiesGetAProblemWithTheReasonNeverA500() {
    String[][] cases = {
      {"{\"kind\":\"SERVICE_CALL\",\"summary\":", "malformed-body"},
      {"{\"kind\":\"SERVICE_CALL\",\"summary\":\"x\",\"colour\":\"red\"}", "malformed-body"},
      {"{\"kind\":\"TELEPORT\",\"summary\":\"x\"}", "is not a valid kind"},
      {"{\"kind\":\"SERVICE_CALL\",\"summary\":\"x\",\"siteId\":\"north\"}", "malformed-body"},
      {"{\"kind\":\"SERVICE_CALL\",\"summary\":\"x\",\"siteId\":1e400}", "\"status\":400"},
      {"[1,2,3]", "malformed-body"},
      {"null", "Send the order as a JSON object"},
      {
        "{\"accountId\":"
            + acmeId()
            + ",\"kind\":\"SERVICE_CALL\",\"summary\":\""
            + "x".repeat(600)
            + "\"}",
        "at most 500"
      }
    };
    for (String[] c : cases) {
      HttpResponse<String> answer = Api.send("POST", "/api/v1/orders", ORG, c[0]);
      assertThat(answer.statusCode()).as(c[0]).isEqualTo(400);
      assertThat(answer.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(answer.body()).as(c[0]).contains(c[1]);
    }
    String huge = "{\"summary\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
    assertThat(Api.send("POST", "/api/v1/orders", ORG, huge).statusCode()).isEqualTo(413);
  }

  @Test
  void aReadOnlyKeyReadsAndAnAccountKeyStaysInItsAccount() {
    assertThat(Api.get("/api/v1/orders", "demo-acme-read-key").statusCode()).isEqualTo(200);
    HttpResponse<String> refused = create("demo-acme-read-key", "read-only");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("read-only-key");

    String globex =
        TestDatabase.strings("SELECT id FROM customer_account WHERE name = 'Globex'").get(0);
    HttpResponse<String> own =
        Api.send(
            "POST",
            "/api/v1/orders",
            ACME,
            "{\"accountId\":" + globex + ",\"kind\":\"WALK_IN\",\"summary\":\"Acme's own\"}");
    assertThat(own.statusCode()).isEqualTo(201);
    assertThat(Api.json(own).getString("account")).isEqualTo("Acme Corp");
    String globexOrder =
        TestDatabase.strings(
                "SELECT o.order_number FROM service_order o JOIN customer_account a"
                    + " ON a.id = o.account_id WHERE a.name = 'Globex' LIMIT 1")
            .get(0);
    assertThat(
            Api.send("POST", "/api/v1/orders/" + globexOrder + "/notes", ACME, "{\"body\":\"x\"}")
                .statusCode())
        .isEqualTo(404);
  }

  /** A read refused (not found, another account's) is the client's mistake: no error is logged. */
  @Test
  void anOrderNotFoundLeavesNoErrorInTheServersLog() throws Exception {
    long errors = ServerLog.errors();
    HttpResponse<String> unknown = Api.send("GET", "/api/v1/orders/SR-999999999", ACME, null);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(ServerLog.errors()).isEqualTo(errors);
  }
}
