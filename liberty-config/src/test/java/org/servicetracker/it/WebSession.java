package org.servicetracker.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP session against one of the web modules: keeps cookies, follows redirects, and
 * submits Faces forms with their view state, as a person's browser would.
 */
final class WebSession {
  static final String BASE = System.getProperty("st.base-url", "http://localhost:9080");
  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\"[^>]*?name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"");

  private static final Pattern SUGGESTION = Pattern.compile("data-item-label=\"([^\"]*)\"");

  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;
  private HttpResponse<String> last;

  WebSession() {
    client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  /** Submits the form {@code formId} of the last page, pressing {@code button}. */
  HttpResponse<String> submit(String formId, Map<String, String> fields, String button) {
    Map<String, String> form = hiddenFields(formId);
    fields.forEach((name, value) -> form.put(formId + ":" + name, value));
    // A button inside a table row is named by its full client id.
    form.put(button.startsWith(formId + ":") ? button : formId + ":" + button, "");
    String encoded =
        form.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(last.uri())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encoded))
            .build());
  }

  /**
   * The labels an autocomplete field ({@code formId:field}) of the last page suggests for {@code
   * text}, asked as the widget asks (a partial Faces request); the last page stays the last page.
   */
  List<String> suggestions(String formId, String field, String text) {
    Map<String, String> form = hiddenFields(formId);
    String id = formId + ":" + field;
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", id);
    form.put("jakarta.faces.partial.execute", id);
    form.put("jakarta.faces.partial.render", id);
    form.put(id + "_query", text);
    String encoded =
        form.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(last.uri())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Faces-Request", "partial/ajax")
            .POST(HttpRequest.BodyPublishers.ofString(encoded))
            .build();
    try {
      String answer = client.send(request, HttpResponse.BodyHandlers.ofString()).body();
      List<String> labels = new ArrayList<>();
      Matcher label = SUGGESTION.matcher(answer);
      while (label.find()) {
        labels.add(label.group(1).replace("&amp;", "&"));
      }
      return labels;
    } catch (IOException e) {
      throw new AssertionError("Request to " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * The hidden fields (the view state among them) of the Faces form {@code formId} of the last
   * page.
   */
  private Map<String, String> hiddenFields(String formId) {
    String body = last.body();
    int start = body.indexOf("<form id=\"" + formId + "\"");
    if (start < 0) {
      throw new AssertionError("No form " + formId + " on " + last.uri() + ":\n" + body);
    }
    Map<String, String> form = new LinkedHashMap<>();
    Matcher hidden = HIDDEN.matcher(body.substring(start, body.indexOf("</form>", start)));
    while (hidden.find()) {
      form.put(hidden.group(1), hidden.group(2));
    }
    return form;
  }

  /**
   * Submits a plain HTML form of the last page (not a Faces one): its hidden fields and {@code
   * fields} under their own names, to its action.
   */
  HttpResponse<String> submitPlain(String formId, Map<String, String> fields) {
    String body = last.body();
    int start = body.indexOf("<form id=\"" + formId + "\"");
    if (start < 0) {
      throw new AssertionError("No form " + formId + " on " + last.uri() + ":\n" + body);
    }
    String html = body.substring(start, body.indexOf("</form>", start));
    Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(html);
    if (!action.find()) {
      throw new AssertionError("Form " + formId + " has no action");
    }
    Map<String, String> form = new LinkedHashMap<>();
    Matcher hidden = HIDDEN.matcher(html);
    while (hidden.find()) {
      form.put(hidden.group(1), hidden.group(2).replace("&quot;", "\"").replace("&amp;", "&"));
    }
    form.putAll(fields);
    String encoded =
        form.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(last.uri().resolve(action.group(1)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encoded))
            .build());
  }

  /**
   * Sends a file as the upload widget does: the raw bytes as the body, the name in a header.
   * Returns the answer, or {@code null} when the server closed the connection before answering.
   */
  HttpResponse<String> upload(
      String path, String fileName, HttpRequest.BodyPublisher body, boolean expectContinue) {
    HttpRequest request =
        HttpRequest.newBuilder(uri(path))
            .header("X-Requested-With", "XMLHttpRequest")
            .header("X-File-Name", enc(fileName))
            .header("Content-Type", "application/octet-stream")
            .expectContinue(expectContinue)
            .timeout(Duration.ofMinutes(5))
            .POST(body)
            .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  HttpResponse<String> upload(String path, String fileName, byte[] bytes) {
    return upload(path, fileName, HttpRequest.BodyPublishers.ofByteArray(bytes), false);
  }

  /** A download, as a stream to read at the test's own pace. */
  HttpResponse<java.io.InputStream> download(String path) {
    try {
      return client.send(
          HttpRequest.newBuilder(uri(path)).GET().build(),
          HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new AssertionError("Download of " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Signs in to {@code app} ("portal" or "tech") and returns the page that follows. */
  HttpResponse<String> signIn(String app, String email, String password) {
    get("/" + app + "/login.xhtml");
    return submit("login", Map.of("email", email, "password", password), "signIn");
  }

  /** The current session cookie's value. */
  String sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(java.net.HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  HttpResponse<String> last() {
    return last;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      last = client.send(request, HttpResponse.BodyHandlers.ofString());
      return last;
    } catch (IOException e) {
      throw new AssertionError("Request to " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static URI uri(String pathOrUrl) {
    return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : BASE + pathOrUrl);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
