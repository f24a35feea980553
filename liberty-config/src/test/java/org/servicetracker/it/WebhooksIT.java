package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * I6 over HTTP: a receiver on loopback checks every signature, is taken down and brought back, and
 * in the end has every event exactly once; the log shows each attempt; replay and ping work; an
 * account-scoped subscription hears nothing internal.
 */
class WebhooksIT {

  /** A webhook receiver on a fixed loopback port that can be stopped and started again. */
  static final class Receiver implements AutoCloseable {
    final List<JsonObject> events = new CopyOnWriteArrayList<>();
    final Map<String, Integer> byEventId = new ConcurrentHashMap<>();
    final List<String> badSignatures = new CopyOnWriteArrayList<>();
    private final int port;
    private String secret;
    private HttpServer server;

    /** Subscriptions to end when the test is over: key and subscription id. */
    final List<String[]> subscriptions = new CopyOnWriteArrayList<>();

    Receiver() throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      port = server.getAddress().getPort();
      listen();
    }

    String url() {
      return "http://127.0.0.1:" + port + "/hooks";
    }

    void secret(String secret) {
      this.secret = secret;
    }

    private void listen() {
      server.createContext(
          "/hooks",
          exchange -> {
            String body =
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String signature = exchange.getRequestHeaders().getFirst("Webhook-Signature");
            String timestamp = exchange.getRequestHeaders().getFirst("Webhook-Timestamp");
            if (secret == null
                || signature == null
                || !signature.equals(
                    "t=" + timestamp + ",v1=" + hmac(secret, timestamp + "." + body))) {
              badSignatures.add(String.valueOf(signature));
              exchange.sendResponseHeaders(401, -1);
            } else {
              JsonObject event = Json.createReader(new StringReader(body)).readObject();
              events.add(event);
              byEventId.merge(exchange.getRequestHeaders().getFirst("Webhook-Id"), 1, Integer::sum);
              exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
          });
      server.start();
    }

    void stop() {
      server.stop(0);
    }

    void start() throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
      listen();
    }

    List<JsonObject> about(String number) {
      return events.stream()
          .filter(e -> number.equals(e.getJsonObject("data").getString("number", null)))
          .toList();
    }

    /** Stops listening and ends the test's subscriptions, so no later test sends to it. */
    @Override
    public void close() {
      server.stop(0);
      for (String[] subscription : subscriptions) {
        Api.send("DELETE", "/api/v1/webhooks/" + subscription[1], subscription[0], null);
      }
    }
  }

  @Test
  void aReceiverThatWasDownGetsEveryEventExactlyOnceInTheEnd() throws Exception {
    try (Receiver receiver = new Receiver()) {
      JsonObject hook =
          subscribe(
              ApiOrdersIT.ORG,
              receiver,
              "[\"order.created\",\"order.status_changed\",\"order.note_added\"]");
      long id = hook.getJsonNumber("id").longValue();

      assertThat(
              Api.send("POST", "/api/v1/webhooks/" + id + "/ping", ApiOrdersIT.ORG, null)
                  .statusCode())
          .isEqualTo(202);
      await(() -> receiver.events.stream().anyMatch(e -> e.getString("type").equals("ping")));

      receiver.stop();
      String number =
          Api.json(ApiOrdersIT.create(ApiOrdersIT.ORG, "Webhook order " + System.nanoTime()))
              .getString("number");
      Api.send(
          "POST",
          "/api/v1/orders/" + number + "/transitions",
          ApiOrdersIT.ORG,
          "{\"to\":\"IN_PROGRESS\"}");
      Api.send(
          "POST",
          "/api/v1/orders/" + number + "/notes",
          ApiOrdersIT.ORG,
          "{\"body\":\"Parts ordered\",\"visibility\":\"INTERNAL\"}");
      await(() -> failedAttempts(id) >= 3); // the receiver is down: attempts fail and are logged
      receiver.start();
      await(() -> receiver.about(number).size() >= 3);
      Thread.sleep(3000); // long enough for a duplicate to arrive, if one were sent

      List<JsonObject> events = receiver.about(number);
      assertThat(events)
          .extracting(e -> e.getString("type"))
          .containsExactlyInAnyOrder("order.created", "order.status_changed", "order.note_added");
      events.forEach(e -> assertThat(receiver.byEventId.get(e.getString("id"))).isEqualTo(1));
      assertThat(receiver.badSignatures).isEmpty();
      JsonObject changed =
          events.stream()
              .filter(e -> e.getString("type").equals("order.status_changed"))
              .findFirst()
              .orElseThrow();
      assertThat(changed.getJsonObject("data").getString("to")).isEqualTo("IN_PROGRESS");

      JsonObject log =
          Api.json(Api.get("/api/v1/webhooks/" + id + "/deliveries?size=10", ApiOrdersIT.ORG));
      JsonObject created =
          log.getJsonArray("items").getValuesAs(JsonObject.class).stream()
              .filter(d -> d.getString("eventType").equals("order.created"))
              .findFirst()
              .orElseThrow();
      assertThat(created.getString("status")).isEqualTo("DELIVERED");
      assertThat(created.getInt("attempts")).isGreaterThan(1);
      assertThat(created.getInt("lastStatusCode")).isEqualTo(204);

      // A replay sends the same event again, on request.
      HttpResponse<String> replay =
          Api.send(
              "POST",
              "/api/v1/webhooks/" + id + "/deliveries/" + created.getJsonNumber("id") + "/replay",
              ApiOrdersIT.ORG,
              null);
      assertThat(replay.statusCode()).isEqualTo(202);
      String eventId = created.getString("eventId");
      await(() -> receiver.byEventId.getOrDefault(eventId, 0) == 2);

      assertThat(Api.send("DELETE", "/api/v1/webhooks/" + id, ApiOrdersIT.ORG, null).statusCode())
          .isEqualTo(204);
      assertThat(Api.get("/api/v1/webhooks", ApiOrdersIT.ORG).body())
          .doesNotContain(receiver.url());
    }
  }

  @Test
  void anAccountScopedSubscriptionHearsOfItsAccountButNothingInternal() throws Exception {
    try (Receiver receiver = new Receiver()) {
      subscribe(ApiOrdersIT.ACME, receiver, "[\"order.note_added\"]");
      String number =
          Api.json(ApiOrdersIT.create(ApiOrdersIT.ORG, "Scoped hook " + System.nanoTime()))
              .getString("number");
      String notes = "/api/v1/orders/" + number + "/notes";
      Api.send("POST", notes, ApiOrdersIT.ORG, "{\"body\":\"secret\",\"visibility\":\"INTERNAL\"}");
      Api.send(
          "POST", notes, ApiOrdersIT.ORG, "{\"body\":\"On our way\",\"visibility\":\"PUBLIC\"}");
      await(() -> !receiver.about(number).isEmpty());
      Thread.sleep(2000);
      assertThat(receiver.about(number))
          .singleElement()
          .satisfies(
              e -> assertThat(e.getJsonObject("data").getString("body")).isEqualTo("On our way"));
    }
  }

  @Test
  void anAdministratorSubscribesAClientPingsAndReadsTheLogInTheTechnicianApp() throws Exception {
    try (Receiver receiver = new Receiver()) {
      WebSession alex = TechOrderIT.tech("admin@servicetracker.test");
      alex.get("/tech/admin/api-clients.xhtml");
      String name = "Hooked ERP " + System.nanoTime();
      alex.submit("createForm", Map.of("name", name), "create");
      String client = TestDatabase.strings("SELECT id FROM api_client WHERE name = ?", name).get(0);
      alex.get("/tech/admin/webhooks.xhtml?client=" + client);
      alex.submit(
          "subscribeForm", Map.of("url", receiver.url(), "events", "order.created"), "subscribe");
      java.util.regex.Matcher secret =
          java.util.regex.Pattern.compile("id=\"secret\"[^>]*>(whsec_[A-Za-z0-9_-]+)<")
              .matcher(alex.last().body());
      assertThat(secret.find()).as(alex.last().body()).isTrue();
      receiver.secret(secret.group(1));

      alex.submit(
          "subscription:0:subscriptionForm", Map.of(), "subscription:0:subscriptionForm:ping");
      assertThat(alex.last().body()).contains("A test event is on its way.");
      await(() -> receiver.events.stream().anyMatch(e -> e.getString("type").equals("ping")));
      await(
          () ->
              alex.get("/tech/admin/webhooks.xhtml?client=" + client).body().contains("DELIVERED"));
      assertThat(alex.last().body()).contains("ping").contains("204");
      assertThat(
              TechOrderIT.tech("dispatch@servicetracker.test")
                  .get("/tech/admin/webhooks.xhtml?client=" + client)
                  .statusCode())
          .isEqualTo(403);

      alex.get("/tech/admin/webhooks.xhtml?client=" + client);
      alex.submit(
          "subscription:0:subscriptionForm", Map.of(), "subscription:0:subscriptionForm:end");
      assertThat(alex.last().body())
          .contains("The subscription has ended.")
          .contains("No subscriptions.");
    }
  }

  @Test
  void badSubscriptionsAreRefused() {
    assertThat(
            Api.send(
                    "POST",
                    "/api/v1/webhooks",
                    ApiOrdersIT.ORG,
                    "{\"url\":\"ftp://x\",\"events\":[\"order.created\"]}")
                .statusCode())
        .isEqualTo(400);
    HttpResponse<String> unknown =
        Api.send(
            "POST",
            "/api/v1/webhooks",
            ApiOrdersIT.ORG,
            "{\"url\":\"https://example.test/h\",\"events\":[\"order.exploded\"]}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("is not an event type");
    assertThat(
            Api.send(
                    "POST",
                    "/api/v1/webhooks",
                    "demo-acme-read-key",
                    "{\"url\":\"https://example.test/h\",\"events\":[\"order.created\"]}")
                .statusCode())
        .isEqualTo(403);
  }

  private static JsonObject subscribe(String key, Receiver receiver, String events) {
    HttpResponse<String> created =
        Api.send(
            "POST",
            "/api/v1/webhooks",
            key,
            "{\"url\":\"" + receiver.url() + "\",\"events\":" + events + "}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject hook = Api.json(created);
    receiver.secret(hook.getString("secret"));
    receiver.subscriptions.add(new String[] {key, hook.getJsonNumber("id").toString()});
    return hook;
  }

  private static long failedAttempts(long subscription) {
    return TestDatabase.count(
        "SELECT count(*) FROM webhook_attempt a JOIN webhook_delivery d ON d.id = a.delivery_id"
            + " WHERE d.subscription_id = ? AND a.status_code IS NULL",
        subscription);
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("waited a minute").isBefore(deadline);
      Thread.sleep(200);
    }
  }

  static String hmac(String secret, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return java.util.HexFormat.of()
          .formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
