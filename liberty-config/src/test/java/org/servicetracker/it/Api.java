package org.servicetracker.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls to the integration API with a bearer key. */
final class Api {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private Api() {}

  static HttpResponse<String> get(String path, String key) {
    HttpRequest.Builder request = HttpRequest.newBuilder(WebSession.uri(path)).GET();
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Sends {@code body} (JSON, or none when null) with the method; {@code headers} are name, value
   * pairs.
   */
  static HttpResponse<String> send(
      String method, String path, String key, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(WebSession.uri(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
