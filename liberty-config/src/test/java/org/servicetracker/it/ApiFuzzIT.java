package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * I4, fuzz-style and driven by the OpenAPI description alone, as an integrator would: every write
 * operation gets malformed bodies, wrong types, huge values and unknown fields, and never answers
 * with a 5xx; every refusal is a problem document.
 */
class ApiFuzzIT {
  private static final String HUGE = "x".repeat(100_000);
  private static final List<String> WRONG_VALUES =
      List.of(
          "null",
          "true",
          "-1",
          "0",
          "1e308",
          "-9223372036854775809",
          "99999999999999999999999",
          "\"\"",
          "\"" + "\\u0000\\uD800 <script>" + "\"",
          "\"" + HUGE + "\"",
          "[]",
          "[1,\"a\",null]",
          "{}",
          "{\"nested\":{\"deep\":[1,2,3]}}");
  private static final List<String> MALFORMED =
      List.of(
          "",
          "{",
          "}",
          "{\"a\":",
          "nul",
          "[",
          "\"unterminated",
          "{\"a\" 1}",
          "{'a':1}",
          "\u00ff\u00fe");

  @Test
  void noWriteOperationAnswersWithAServerErrorWhateverItIsSent() {
    String key = fuzzKey();
    String order =
        Api.json(ApiOrdersIT.create(ApiOrdersIT.ORG, "Fuzz target " + System.nanoTime()))
            .getString("number");
    JsonObject document =
        Json.createReader(
                new StringReader(
                    Api.send("GET", "/openapi", null, null, "Accept", "application/json").body()))
            .readObject();
    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");

    List<String> failures = new ArrayList<>();
    int sent = 0;
    for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
      for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
        String method = operation.getKey().toUpperCase();
        if (!List.of("POST", "PATCH", "PUT", "DELETE").contains(method)) {
          continue;
        }
        String url =
            "/api"
                + path.getKey()
                    .replace("{number}", order)
                    .replace("{id}", "1")
                    .replace("{deliveryId}", "1");
        for (String body : bodies(operation.getValue().asJsonObject(), schemas)) {
          // Changes carry the current ETag, so that the body is what gets checked.
          HttpResponse<String> answer =
              method.equals("PATCH")
                  ? Api.send(method, url, key, body, "If-Match", etagOf(order))
                  : Api.send(method, url, key, body);
          sent++;
          if (answer.statusCode() >= 500) {
            failures.add(
                method + " " + url + " " + abbreviate(body) + " -> " + answer.statusCode());
          } else if (answer.statusCode() >= 400
              && !answer
                  .headers()
                  .firstValue("Content-Type")
                  .orElse("")
                  .startsWith("application/problem+json")) {
            failures.add(
                method + " " + url + " " + abbreviate(body) + " -> not a problem document");
          }
        }
      }
    }
    assertThat(sent).as("requests sent").isGreaterThan(300);
    assertThat(failures).isEmpty();
  }

  /** Malformed bodies, and for each field of the operation's schema every wrong value. */
  private static List<String> bodies(JsonObject operation, JsonObject schemas) {
    List<String> bodies = new ArrayList<>(MALFORMED);
    bodies.add("{\"unknownField\":1}");
    JsonObject requestBody = operation.getJsonObject("requestBody");
    if (requestBody == null) {
      return bodies;
    }
    JsonObject content = requestBody.getJsonObject("content");
    JsonObject json = content.getJsonObject("application/json");
    if (json == null) {
      json = content.getJsonObject("application/merge-patch+json");
    }
    if (json == null) {
      return bodies;
    }
    String ref = json.getJsonObject("schema").getString("$ref", "");
    JsonObject schema = schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
    if (schema == null || !schema.containsKey("properties")) {
      return bodies;
    }
    for (String field : schema.getJsonObject("properties").keySet()) {
      for (String value : WRONG_VALUES) {
        Map<String, String> fields = new LinkedHashMap<>();
        schema.getJsonObject("properties").keySet().forEach(f -> fields.put(f, "\"ok\""));
        fields.put(field, value);
        StringBuilder body = new StringBuilder("{");
        fields.forEach(
            (f, v) ->
                body.append(body.length() > 1 ? "," : "")
                    .append('"')
                    .append(f)
                    .append("\":")
                    .append(v));
        bodies.add(body.append('}').toString());
      }
    }
    return bodies;
  }

  /** An organisation-wide read-write key that no rate limit stops. */
  private static String fuzzKey() {
    return ApiClientsIT.newKey(
        Map.of("name", "Fuzzer " + System.nanoTime(), "rateLimit", "100000"));
  }

  private static String etagOf(String order) {
    return Api.get("/api/v1/orders/" + order, ApiOrdersIT.ORG)
        .headers()
        .firstValue("ETag")
        .orElse("*");
  }

  private static String abbreviate(String body) {
    return body.length() > 120 ? body.substring(0, 120) + "…" : body;
  }
}
