package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keeps the benchmark harness from rotting (issue 6): bench/generate.sql at a small size on the
 * test database, then the first scenario — the large account's orders searched by serial through
 * the API — on what it made.
 */
class BenchSmokeIT {
  @Test
  void theGeneratedHistoryIsSearchedThroughTheApi() throws Exception {
    String script =
        Files.readString(Path.of("..", "bench", "generate.sql"))
            .replace("\\set ON_ERROR_STOP on", "")
            .replace(":orders", "3000")
            .replace(":accounts", "4")
            .replace(":large", "1500");
    TestDatabase.execute(script);

    String large =
        TestDatabase.strings(
                "SELECT id FROM customer_account WHERE name LIKE 'Bench Customer 00001 %'"
                    + " ORDER BY id DESC LIMIT 1")
            .get(0);
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

    String key =
        ApiClientsIT.newKey(
            Map.of("name", "Bench " + System.nanoTime(), "account", large, "readOnly", "true"));
    JsonObject page = Api.json(Api.get("/api/v1/orders?q=sn-1-0004&size=50", key));
    assertThat(page.getJsonArray("items")).isNotEmpty().hasSizeLessThanOrEqualTo(50);
    assertThat(page.getJsonArray("items").getJsonObject(0).getString("asset")).isNotBlank();
  }
}
