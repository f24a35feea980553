package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * I1 over HTTP: assets, accounts and sites, invoices with their PDF, work logs, proposals answered
 * per line, and attachments streamed both ways — each within the key's scope.
 */
class ApiResourcesIT {
  private static final String ORG = ApiOrdersIT.ORG;
  private static final String ACME = ApiOrdersIT.ACME;

  private static String accountId(String name) {
    return TestDatabase.strings("SELECT id FROM customer_account WHERE name = ?", name).get(0);
  }

  @Test
  void assetsAreRegisteredAndFoundWithinTheirAccount() {
    String serial = "API-" + System.nanoTime();
    HttpResponse<String> created =
        Api.send(
            "POST",
            "/api/v1/assets",
            ORG,
            "{\"accountId\":"
                + accountId("Globex")
                + ",\"name\":\"Chiller\",\"serialNumber\":\""
                + serial
                + "\"}");
    assertThat(created.statusCode()).isEqualTo(201);
    long id = Api.json(created).getJsonNumber("id").longValue();
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/assets/" + id));
    assertThat(Api.get("/api/v1/assets/" + id, ORG).body()).contains(serial);
    assertThat(Api.json(Api.get("/api/v1/assets?q=" + serial, ORG)).getJsonArray("items"))
        .hasSize(1);
    assertThat(Api.get("/api/v1/assets/" + id, ACME).statusCode()).isEqualTo(404);
    assertThat(Api.get("/api/v1/assets?q=" + serial, ACME).body()).doesNotContain(serial);
    assertThat(Api.send("POST", "/api/v1/assets", ORG, "{\"name\":\"x\"}").statusCode())
        .isEqualTo(400);
  }

  @Test
  void anAccountKeySeesItsOwnAccountAndSitesOnly() {
    assertThat(Api.get("/api/v1/accounts?q=acme", ORG).body()).contains("Acme Corp");
    assertThat(Api.get("/api/v1/accounts?q=globex", ORG).body()).contains("Globex");
    JsonArray own = Api.json(Api.get("/api/v1/accounts", ACME)).getJsonArray("items");
    assertThat(own).hasSize(1);
    assertThat(own.getJsonObject(0).getString("name")).isEqualTo("Acme Corp");
    assertThat(Api.json(Api.get("/api/v1/accounts?q=globex", ACME)).getJsonArray("items"))
        .isEmpty();
    assertThat(Api.get("/api/v1/accounts/" + accountId("Acme Corp") + "/sites", ACME).body())
        .contains("Head Office");
    assertThat(Api.get("/api/v1/accounts/" + accountId("Globex") + "/sites", ACME).statusCode())
        .isEqualTo(404);
  }

  @Test
  void accountsAreSearchedByNameAndPaged() {
    long unique = System.nanoTime();
    TestDatabase.update("INSERT INTO customer_account (name) VALUES (?)", "Paging probe " + unique);
    JsonObject found = Api.json(Api.get("/api/v1/accounts?q=PROBE%20" + unique, ORG));
    assertThat(found.getJsonArray("items"))
        .extracting(a -> a.asJsonObject().getString("name"))
        .containsExactly("Paging probe " + unique);
    assertThat(found.getJsonNumber("total").longValue()).isEqualTo(1);
    HttpResponse<String> first = Api.get("/api/v1/accounts?size=1", ORG);
    JsonObject page = Api.json(first);
    assertThat(page.getJsonArray("items")).hasSize(1);
    long current =
        TestDatabase.count("SELECT count(*) FROM customer_account WHERE retired_at IS NULL");
    assertThat(page.getJsonNumber("total").longValue()).isEqualTo(Math.min(current, 1000));
    assertThat(page.getBoolean("totalCapped")).isEqualTo(current > 1000);
    assertThat(first.headers().allValues("Link"))
        .anySatisfy(l -> assertThat(l).contains("rel=\"next\""));
    assertThat(Api.get("/api/v1/accounts?size=0", ORG).statusCode()).isEqualTo(400);
  }

  @Test
  void anInvoiceItsPdfAndItsOrdersWorkLogAreRead() {
    long invoice = PaymentsIT.outstandingInvoice();
    JsonObject read = Api.json(Api.get("/api/v1/invoices/" + invoice, ACME));
    assertThat(read.getString("status")).isEqualTo("OUTSTANDING");
    assertThat(read.getJsonArray("lines").getJsonObject(0).getString("description"))
        .contains("Gasket");
    assertThat(read.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("12.00");
    String number = read.getString("number");
    assertThat(Api.get("/api/v1/invoices?status=OUTSTANDING&q=" + number, ACME).body())
        .contains(number);
    assertThat(Api.get("/api/v1/invoices?status=LOST", ACME).statusCode()).isEqualTo(400);
    HttpResponse<String> pdf = Api.get("/api/v1/invoices/" + invoice + "/pdf", ACME);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF");

    JsonObject work =
        Api.json(Api.get("/api/v1/orders/" + read.getString("orderNumber") + "/work", ACME));
    assertThat(work.getJsonArray("parts").getJsonObject(0).getBoolean("invoiced")).isTrue();
    assertThat(work.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("10.00");
  }

  @Test
  void theCustomersKeyAnswersARecommendationLineByLine() {
    String order = TechOrderIT.newCustomerOrder("WALK_IN");
    String reference = ProposalsIT.recommend(order);
    JsonObject proposal =
        Json.array(Api.get("/api/v1/orders/" + order + "/proposals", ACME)).getJsonObject(0);
    assertThat(proposal.getString("number")).isEqualTo(reference);
    long id = proposal.getJsonNumber("id").longValue();
    long first = proposal.getJsonArray("lines").getJsonObject(0).getJsonNumber("id").longValue();
    String answer =
        "{\"lines\":[{\"id\":" + first + ",\"decision\":\"APPROVED\"}],\"poNumber\":\"PO-77\"}";

    assertThat(Api.send("POST", "/api/v1/proposals/" + id + "/responses", ORG, answer).statusCode())
        .isEqualTo(403);
    assertThat(
            Api.send("POST", "/api/v1/proposals/" + id + "/responses", "demo-acme-read-key", answer)
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> answered =
        Api.send("POST", "/api/v1/proposals/" + id + "/responses", ACME, answer);
    assertThat(answered.statusCode()).isEqualTo(200);
    JsonObject line = Api.json(answered).getJsonArray("lines").getJsonObject(0);
    assertThat(line.getString("decision")).isEqualTo("APPROVED");
    assertThat(line.getString("poNumber")).isEqualTo("PO-77");
    String unknown = "{\"lines\":[{\"id\":1,\"decision\":\"MAYBE\"}]}";
    assertThat(Api.send("POST", "/api/v1/proposals/" + id + "/responses", ACME, unknown).body())
        .contains("is not a valid decision");
  }

  @Test
  void aFileIsUploadedAndDownloadedAsTheSameBytes() throws Exception {
    String order = TechOrderIT.newCustomerOrder("WALK_IN");
    byte[] photo = AttachmentsIT.photo(300_000);
    HttpResponse<String> uploaded =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        WebSession.uri(
                            "/api/v1/orders/" + order + "/attachments?name=nameplate%20photo.png"))
                    .header("Authorization", "Bearer " + ORG)
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(photo))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    JsonObject file = Api.json(uploaded);
    assertThat(file.getString("contentType")).isEqualTo("image/png");
    assertThat(file.getString("sha256"))
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo)));
    assertThat(Api.get("/api/v1/orders/" + order + "/attachments", ACME).body())
        .contains("nameplate photo.png");

    HttpResponse<byte[]> downloaded =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(WebSession.uri(file.getString("download")))
                    .header("Authorization", "Bearer " + ACME)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(downloaded.statusCode()).isEqualTo(200);
    assertThat(downloaded.body()).isEqualTo(photo);
    assertThat(downloaded.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("nameplate%20photo.png"));
    assertThat(Api.send("POST", "/api/v1/orders/" + order + "/attachments", ORG, "{}").statusCode())
        .isEqualTo(400);
  }

  /** JSON arrays of answers. */
  private static final class Json {
    static JsonArray array(HttpResponse<String> response) {
      return jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readArray();
    }
  }
}
