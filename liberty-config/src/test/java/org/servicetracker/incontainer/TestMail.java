package org.servicetracker.incontainer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The mail the dev SMTP server received, read through its viewer's JSON API. */
final class TestMail {
  private TestMail() {}

  /** Waits (up to 30 s) for a mail to {@code to} with the subject; returns its JSON. */
  static String await(String to, String subject) throws Exception {
    for (int i = 0; i < 120; i++) {
      String all = all();
      int at = all.indexOf("\"to\":\"" + to + "\",\"subject\":\"" + subject + "\"");
      if (at >= 0) {
        return all.substring(at, all.indexOf("}", at));
      }
      Thread.sleep(250);
    }
    throw new AssertionError("No mail '" + subject + "' to " + to);
  }

  static String all() throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:8025/api/messages")).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
