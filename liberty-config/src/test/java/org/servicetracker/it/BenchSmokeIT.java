package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the benchmark harness from rotting (issue 6): bench/generate.sql at a small size on the
 * test database, then the first scenario — the large account's orders searched by serial through
 * the API — on what it made, and the capped counts that keep a large account's lists (orders,
 * invoices) as cheap as a small one's.
 */
class BenchSmokeIT {
  private static String large;

  @BeforeAll
  static void generate() throws Exception {
    String script =
        Files.readString(Path.of("..", "bench", "generate.sql"))
            .replace("\\set ON_ERROR_STOP on", "")
            .replace(":orders", "3000")
            .replace(":accounts", "4")
            .replace(":large", "1500");
    TestDatabase.execute(script);
    large =
        TestDatabase.strings(
                "SELECT id FROM customer_account WHERE name LIKE 'Bench Customer 00001 %'"
                    + " ORDER BY id DESC LIMIT 1")
            .get(0);
  }

  /** The dashboard finds a technician's open orders by their assignments' state (V27). */
  @Test
  void theGeneratedAssignmentsKnowWhetherTheirOrdersAreOpen() {
    String assignments =
        "SELECT count(*) FROM service_order_assignee s JOIN service_order o ON o.id = s.order_id"
            + " WHERE o.account_id = ?";
    assertThat(TestDatabase.count(assignments + " AND s.order_open", Long.parseLong(large)))
        .isPositive();
    assertThat(TestDatabase.count(assignments + " AND NOT s.order_open", Long.parseLong(large)))
        .isPositive();
    assertThat(
            TestDatabase.count(
                assignments + " AND s.order_open = (o.status IN ('COMPLETED', 'CANCELLED'))",
                Long.parseLong(large)))
        .isZero();
  }

  @Test
  void theGeneratedHistoryIsSearchedThroughTheApi() {
    assertThat(
            TestDatabase.count(
                "SELECT count(*) FROM service_order WHERE account_id = ?", Long.parseLong(large)))
        .isEqualTo(1500);
    assertThat(
            TestDatabase.count(
                "SELECT count(*) FROM timeline_entry t JOIN service_order o ON o.id = t.order_id"
                    + " WHERE o.account_id = ?",
                Long.parseLong(large)))
        .isEqualTo(9000);

    JsonObject page = Api.json(Api.get("/api/v1/orders?q=sn-1-0004&size=50", readOnlyKey()));
    assertThat(page.getJsonArray("items")).isNotEmpty().hasSizeLessThanOrEqualTo(50);
    assertThat(page.getJsonArray("items").getJsonObject(0).getString("asset")).isNotBlank();
    long bySerial =
        TestDatabase.count(
            "SELECT count(*) FROM service_order o JOIN asset a ON a.id = o.asset_id"
                + " WHERE o.account_id = ? AND lower(a.serial_number) LIKE '%sn-1-0004%'",
            Long.parseLong(large));
    assertThat(page.getJsonNumber("total").longValue()).isEqualTo(bySerial);
    assertThat(page.getBoolean("totalCapped")).isFalse();
  }

  @Test
  void aLargeAccountsListCountsUpToTheLimitAndPagesOn() {
    assertCountedToTheLimit(
        "/api/v1/orders",
        TestDatabase.count(
            "SELECT count(*) FROM service_order WHERE account_id = ?", Long.parseLong(large)));
  }

  @Test
  void aLargeAccountsInvoicesCountUpToTheLimitAndPageOn() {
    assertCountedToTheLimit(
        "/api/v1/invoices",
        TestDatabase.count(
            "SELECT count(*) FROM invoice WHERE account_id = ?", Long.parseLong(large)));

    // Fewer than the limit: counted exactly.
    JsonObject unpaid =
        Api.json(Api.get("/api/v1/invoices?status=OUTSTANDING&size=40", readOnlyKey()));
    assertThat(unpaid.getJsonNumber("total").longValue())
        .isEqualTo(
            TestDatabase.count(
                "SELECT count(*) FROM invoice WHERE account_id = ? AND status = 'OUTSTANDING'",
                Long.parseLong(large)))
        .isLessThan(1000);
    assertThat(unpaid.getBoolean("totalCapped")).isFalse();
  }

  /**
   * A list of more than a thousand matches counts to 1,000 and says there are more, without a link
   * to its last page; past the counted thousand the pages go on, and the last one knows the exact
   * total.
   */
  private void assertCountedToTheLimit(String list, long matches) {
    assertThat(matches).isGreaterThan(1000);
    String key = readOnlyKey();
    java.net.http.HttpResponse<String> first = Api.get(list + "?size=40", key);
    JsonObject page = Api.json(first);
    assertThat(page.getJsonArray("items")).hasSize(40);
    assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1000);
    assertThat(page.getBoolean("totalCapped")).isTrue();
    assertThat(first.headers().allValues("Link").toString())
        .contains("rel=\"next\"")
        .doesNotContain("rel=\"last\"");

    JsonObject last = Api.json(Api.get(list + "?size=40&page=" + (matches - 1) / 40, key));
    assertThat(last.getJsonArray("items")).hasSize((int) ((matches - 1) % 40 + 1));
    assertThat(last.getJsonNumber("total").longValue()).isEqualTo(matches);
    assertThat(last.getBoolean("totalCapped")).isFalse();
  }

  /** A read-only API key of the generated large account. */
  private static String readOnlyKey() {
    return ApiClientsIT.newKey(
        Map.of("name", "Bench " + System.nanoTime(), "account_hinput", large, "readOnly", "true"));
  }
}
