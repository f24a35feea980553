package org.servicetracker.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An SMS gateway reached over HTTP: {@code POST st.sms.url} with {@code {"to": …, "text": …}} and
 * {@code Authorization: Bearer st.sms.token}; any 2xx answer means accepted. Most SMS providers
 * offer such an endpoint, or one is a small adapter away.
 */
@ApplicationScoped
public class HttpSmsGateway implements SmsGateway {
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Inject
  @ConfigProperty(name = "st.sms.url")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "st.sms.token")
  Optional<String> token;

  @Override
  public void send(String phone, String text) throws IOException {
    URI endpoint =
        URI.create(
            url().orElseThrow(() -> new IOException("No SMS gateway is configured (st.sms.url).")));
    String body = Json.createObjectBuilder().add("to", phone).add("text", text).build().toString();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    token().ifPresent(t -> request.header("Authorization", "Bearer " + t));
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while sending an SMS", e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new IOException(
          "The SMS gateway answered " + response.statusCode() + ": " + response.body());
    }
  }

  Optional<String> url() {
    return url;
  }

  Optional<String> token() {
    return token;
  }
}
