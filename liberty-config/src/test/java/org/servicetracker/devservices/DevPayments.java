package org.servicetracker.devservices;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A payment provider's hosted checkout for development and the system tests, at /pay of the dev
 * mail viewer: it checks the merchant's signed request, shows the amount with Pay and Cancel, and
 * on Pay sends the merchant the signed confirmation (as a real provider does, server to server)
 * before sending the browser back. Written apart from the application's code, as the provider would
 * be.
 */
final class DevPayments {
  /** The secret shared with the application (ST_PAYMENTS_SECRET of the run and the tests). */
  static final String SECRET = "dev-payment-secret";

  private final HttpClient client = HttpClient.newHttpClient();
  private final AtomicInteger sequence = new AtomicInteger();

  void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (path.equals("/pay") && exchange.getRequestMethod().equals("GET")) {
        checkout(exchange, form(exchange.getRequestURI().getRawQuery()));
      } else if (path.equals("/pay/complete") && exchange.getRequestMethod().equals("POST")) {
        complete(
            exchange,
            form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
      } else {
        send(exchange, 404, "not found");
      }
    } catch (RuntimeException e) {
      send(exchange, 400, e.toString());
    }
  }

  private void checkout(HttpExchange exchange, Map<String, String> request) throws IOException {
    String signed =
        String.join(
            "\n",
            request.get("reference"),
            request.get("amount"),
            request.get("currency"),
            request.get("return"),
            request.get("callback"));
    if (!hmac(signed).equals(request.get("signature"))) {
      send(exchange, 403, "<h1>The merchant's signature is not valid.</h1>");
      return;
    }
    StringBuilder hidden = new StringBuilder();
    request.forEach(
        (name, value) ->
            hidden.append(
                "<input type=\"hidden\" name=\"" + esc(name) + "\" value=\"" + esc(value) + "\">"));
    send(
        exchange,
        200,
        "<!doctype html><html><head><title>Dev payment provider</title></head>"
            + "<body style=\"font-family:sans-serif;max-width:30em;margin:3em auto\">"
            + "<h1>Dev payment provider</h1><p id=\"description\">"
            + esc(request.get("description"))
            + "</p><p id=\"amount\" style=\"font-size:2em\">"
            + esc(request.get("amount"))
            + " "
            + esc(request.get("currency"))
            + "</p><form id=\"checkout\" method=\"post\" action=\"/pay/complete\">"
            + hidden
            + "<button id=\"payButton\" name=\"outcome\" value=\"paid\">Pay</button> "
            + "<button id=\"cancelButton\" name=\"outcome\" value=\"cancelled\">Cancel</button>"
            + "</form></body></html>");
  }

  private void complete(HttpExchange exchange, Map<String, String> form) throws IOException {
    String outcome = "paid".equals(form.get("outcome")) ? "paid" : "cancelled";
    if (outcome.equals("paid")) {
      String confirmation =
          "{\"reference\":\""
              + form.get("reference")
              + "\",\"status\":\"paid\",\"amount\":\""
              + form.get("amount")
              + "\",\"currency\":\""
              + form.get("currency")
              + "\",\"providerReference\":\"DEV-"
              + sequence.incrementAndGet()
              + "\"}";
      HttpResponse<String> answer;
      try {
        answer =
            client.send(
                HttpRequest.newBuilder(URI.create(form.get("callback")))
                    .header("Content-Type", "application/json")
                    .header("X-Payment-Signature", hmac(confirmation))
                    .POST(HttpRequest.BodyPublishers.ofString(confirmation))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      System.out.println(
          "[dev-services] payment " + form.get("reference") + " confirmed: " + answer.statusCode());
    }
    String back = form.get("return");
    exchange
        .getResponseHeaders()
        .set("Location", back + (back.contains("?") ? "&" : "?") + "payment=" + outcome);
    exchange.sendResponseHeaders(303, -1);
  }

  private static String hmac(String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> form(String encoded) {
    Map<String, String> values = new LinkedHashMap<>();
    if (encoded != null) {
      for (String pair : encoded.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          values.put(
              URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return values;
  }

  private static String esc(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }

  private static void send(HttpExchange exchange, int status, String html) throws IOException {
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
