package org.servicetracker.it;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The dev SMTP server's mail, read through its viewer's API; also takes the SMTP server down and
 * up.
 */
final class DevMailbox {
  static final String VIEWER = System.getProperty("st.mail.viewer", "http://localhost:8025");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** One received mail. */
  record Mail(String to, String subject, String body) {}

  private DevMailbox() {}

  static List<Mail> all() {
    String json = call("GET", "/api/messages");
    return Json.createReader(new StringReader(json)).readArray().stream()
        .map(JsonValue::asJsonObject)
        .map(o -> new Mail(o.getString("to"), o.getString("subject"), o.getString("body")))
        .toList();
  }

  static List<Mail> to(String recipient) {
    return all().stream().filter(m -> m.to().contains(recipient)).toList();
  }

  /** Waits for the {@code count}-th mail to the recipient. */
  static Mail awaitNth(String recipient, int count, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      List<Mail> mails = to(recipient);
      if (mails.size() >= count) {
        return mails.get(count - 1);
      }
      sleep(250);
    }
    throw new AssertionError("No mail #" + count + " to " + recipient + " within " + timeout);
  }

  /** Waits for a mail to the recipient with exactly this subject. */
  static Mail await(String recipient, String subject, Duration timeout) {
    return await(recipient, subject, "", timeout);
  }

  /**
   * Waits for a mail to the recipient with exactly this subject and this text in its body: for
   * subjects an earlier test may have caused too (a note on an order another test also picked).
   */
  static Mail await(String recipient, String subject, String bodyText, Duration timeout) {
    return await(
        recipient,
        "'" + subject + "' with '" + bodyText + "'",
        m -> m.subject().equals(subject) && m.body().contains(bodyText),
        timeout);
  }

  /**
   * Waits for a mail to the recipient that the test wants. Not "the next one": an earlier test's
   * mail may still be on its way through the outbox.
   */
  static Mail await(String recipient, String what, Predicate<Mail> wanted, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      Optional<Mail> mail = to(recipient).stream().filter(wanted).findFirst();
      if (mail.isPresent()) {
        return mail.get();
      }
      sleep(250);
    }
    throw new AssertionError("No mail " + what + " to " + recipient + " within " + timeout);
  }

  static void stopSmtp() {
    call("POST", "/api/smtp/stop");
  }

  static void startSmtp() {
    call("POST", "/api/smtp/start");
  }

  private static String call(String method, String path) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(VIEWER + path))
                  .method(method, HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new AssertionError(method + " " + path + " -> " + response.statusCode());
      }
      return response.body();
    } catch (Exception e) {
      throw new AssertionError("Mail viewer not reachable at " + VIEWER, e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
