package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** O1, I2, I4 and the security headers: what operators and integrators meet first. */
class OperationsIT {

  @Test
  void healthChecksAreUp() {
    for (String check : new String[] {"/health/live", "/health/ready", "/health/started"}) {
      HttpResponse<String> response = Api.get(check, null);
      assertThat(response.statusCode()).as(check).isEqualTo(200);
      assertThat(response.body()).contains("\"status\":\"UP\"");
    }
    assertThat(Api.get("/health/ready", null).body())
        .contains("\"pendingMigrations\":0")
        .contains("\"database\":\"reachable\"");
  }

  @Test
  void openApiDescribesTheOrdersAndHasAUi() {
    HttpResponse<String> doc = Api.get("/openapi", null);
    assertThat(doc.statusCode()).isEqualTo(200);
    assertThat(doc.body())
        .contains("/v1/orders")
        .contains("/v1/orders/{number}")
        .contains("Service Tracker Integration API");
    assertThat(Api.get("/openapi/ui/", null).statusCode()).isEqualTo(200);
  }

  @Test
  void openApiSchemasListTheRecordsComponents() {
    jakarta.json.JsonObject schemas =
        Api.json(Api.send("GET", "/openapi", null, null, "Accept", "application/json"))
            .getJsonObject("components")
            .getJsonObject("schemas");
    assertThat(schemas.getJsonObject("OrderDto").getJsonObject("properties").keySet())
        .contains("number", "status", "summary", "updatedAt");
    assertThat(
            schemas
                .getJsonObject("AccountPage")
                .getJsonObject("properties")
                .getJsonObject("items")
                .getJsonObject("items")
                .getString("$ref"))
        .isEqualTo("#/components/schemas/Account");
    assertThat(schemas.getJsonObject("Account").getJsonObject("properties").keySet())
        .containsExactlyInAnyOrder("id", "name");
  }

  @Test
  void apiErrorsAreProblemDocumentsWithoutStackTraces() {
    HttpResponse<String> unauthorized = Api.get("/api/v1/orders", null);
    assertThat(unauthorized.statusCode()).isEqualTo(401);
    assertThat(unauthorized.headers().firstValue("WWW-Authenticate")).isPresent();
    assertProblem(unauthorized);

    HttpResponse<String> badPage = Api.get("/api/v1/orders?size=abc", "demo-org-key");
    assertThat(badPage.statusCode()).isEqualTo(400);
    assertProblem(badPage);
    assertThat(Api.json(badPage).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("size");

    HttpResponse<String> tooBig = Api.get("/api/v1/orders?size=100000", "demo-org-key");
    assertThat(tooBig.statusCode()).isEqualTo(400);

    HttpResponse<String> missing = Api.get("/api/v1/orders/SR-999999999", "demo-org-key");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertProblem(missing);

    HttpResponse<String> unknownPath = Api.get("/api/v1/nothing-here", "demo-org-key");
    assertThat(unknownPath.statusCode()).isEqualTo(404);
    assertProblem(unknownPath);
  }

  @Test
  void metricsInPrometheusFormatCountRequestsOutboxAndRefusedSignIns() {
    // An address nobody has, so that no real user comes nearer to being throttled.
    new WebSession()
        .signIn("portal", "nobody-" + System.nanoTime() + "@acme.test", "wrong-password");
    Api.get("/api/v1/orders?size=1", "demo-org-key");
    WebSession carla = new WebSession();
    carla.signIn("portal", "customer@acme.test", SignInIT.PASSWORD);
    assertThat(carla.get("/portal/no-such-page-" + System.nanoTime()).statusCode()).isEqualTo(404);
    HttpResponse<String> metrics = Api.get("/metrics", null);
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
    assertThat(metrics.body())
        .containsPattern(
            "st_signin_failures_total\\{application=\"portal\",[^}]*outcome=\"failed\"[^}]*} [1-9]")
        .containsPattern("st_outbox_pending\\{channel=\"email\"[^}]*} \\d")
        .containsPattern("st_outbox_failed\\{channel=\"sms\"[^}]*} \\d")
        .containsPattern(
            "REST_request_seconds_count\\{class=\"org.servicetracker.api.order.OrderResource\"")
        .containsPattern(
            "st_http_request_seconds_count\\{app=\"portal\",endpoint=\"/login.xhtml\"[^}]*} [1-9]")
        .containsPattern(
            "st_http_request_seconds\\{app=\"portal\",endpoint=\"/login.xhtml\"[^}]*quantile=\"0.95\"")
        // Unknown addresses are counted together, never as series of their own.
        .contains("endpoint=\"(not found)\"")
        .doesNotContain("no-such-page");
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    for (String path :
        new String[] {
          "/portal/login.xhtml", "/tech/login.xhtml", "/api/v1/orders", "/portal/no-such-page.xhtml"
        }) {
      HttpResponse<String> response = Api.get(path, null);
      assertThat(response.headers().firstValue("X-Content-Type-Options"))
          .as(path)
          .hasValue("nosniff");
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
      assertThat(response.headers().firstValue("Referrer-Policy")).as(path).isPresent();
    }
  }

  @Test
  void sessionCookiesAreHttpOnlyAndSameSite() {
    HttpResponse<String> response = Api.get("/portal/login.xhtml", null);
    String cookie =
        response.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID"))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
  }

  @Test
  void pagesThatDoNotExistGetTheNotFoundPage() {
    WebSession portal = new WebSession();
    portal.signIn("portal", "customer@acme.test", SignInIT.PASSWORD);
    HttpResponse<String> page = portal.get("/portal/order.xhtml?number=SR-999999999");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body())
        .contains("This page does not exist, or it belongs to another organisation.");
  }

  private static void assertProblem(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(response.body())
        .contains("\"type\":\"urn:service-tracker:problem:")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }
}
