package org.servicetracker.devservices;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local SMTP server (GreenMail) and a small web page that shows what it received: open the mail
 * viewer in a browser to read password-reset and notification mail. The system tests read mail
 * through {@code /api/messages} and take the SMTP server down and up again through {@code
 * /api/smtp/stop} and {@code /api/smtp/start}. It is the local SMS gateway too: {@code POST /sms}
 * (with the dev token) keeps a text message, {@code /api/sms} lists them.
 */
final class DevMail implements AutoCloseable {
  private static final Pattern URL = Pattern.compile("https?://[^\\s<]+");

  private final int smtpPort;
  private final HttpServer viewer;
  private final List<Mail> archive = new ArrayList<>();
  private final List<Sms> texts = new ArrayList<>();
  private GreenMail smtp;

  record Mail(int id, String to, String subject, String body, Instant received) {}

  record Sms(String to, String text, Instant received) {}

  /** What the application must send as its bearer token (ST_SMS_TOKEN of the run and the tests). */
  static final String SMS_TOKEN = "dev-sms-token";

  private DevMail(int smtpPort, HttpServer viewer) {
    this.smtpPort = smtpPort;
    this.viewer = viewer;
  }

  static DevMail start(int smtpPort, int viewerPort) throws IOException {
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), viewerPort), 0);
    DevMail mail = new DevMail(smtpPort, http);
    mail.startSmtp();
    http.createContext("/", mail::handle);
    http.createContext("/pay", new DevPayments()::handle);
    http.start();
    System.out.println(
        "[dev-services] SMTP server on localhost:"
            + smtpPort
            + "; read its mail at http://localhost:"
            + viewerPort
            + "/");
    return mail;
  }

  private synchronized void startSmtp() {
    if (smtp == null) {
      smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      smtp.start();
    }
  }

  /**
   * Keeps what the server received so far, then stops it: the mail stays readable during an outage.
   */
  private synchronized void stopSmtp() {
    if (smtp != null) {
      archive.addAll(received());
      smtp.stop();
      smtp = null;
    }
  }

  private synchronized List<Mail> all() {
    List<Mail> all = new ArrayList<>(archive);
    all.addAll(received());
    return all;
  }

  private List<Mail> received() {
    List<Mail> mails = new ArrayList<>();
    if (smtp == null) {
      return mails;
    }
    for (MimeMessage m : smtp.getReceivedMessages()) {
      try {
        mails.add(
            new Mail(
                archive.size() + mails.size() + 1,
                String.join(
                    ", ",
                    java.util.Arrays.stream(m.getAllRecipients()).map(Object::toString).toList()),
                m.getSubject(),
                GreenMailUtil.getBody(m).replace("\r\n", "\n"),
                m.getSentDate() == null ? Instant.now() : m.getSentDate().toInstant()));
      } catch (Exception e) {
        mails.add(
            new Mail(
                archive.size() + mails.size() + 1,
                "?",
                "(unreadable: " + e + ")",
                "",
                Instant.now()));
      }
    }
    return mails;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    try (exchange) {
      if (path.equals("/sms") && method.equals("POST")) {
        receiveSms(exchange);
      } else if (path.equals("/api/sms")) {
        send(exchange, 200, "application/json", smsJson());
      } else if (path.equals("/api/messages")) {
        send(exchange, 200, "application/json", json(all()));
      } else if (path.equals("/api/smtp/stop") && method.equals("POST")) {
        stopSmtp();
        send(exchange, 200, "text/plain", "stopped");
      } else if (path.equals("/api/smtp/start") && method.equals("POST")) {
        startSmtp();
        send(exchange, 200, "text/plain", "started");
      } else if (path.startsWith("/messages/")) {
        int id = Integer.parseInt(path.substring("/messages/".length()));
        Mail mail = all().stream().filter(m -> m.id() == id).findFirst().orElse(null);
        send(
            exchange,
            mail == null ? 404 : 200,
            "text/html",
            mail == null ? page("Not found", "") : page(mail.subject(), message(mail)));
      } else if (path.equals("/")) {
        send(
            exchange,
            200,
            "text/html",
            page("Mail received by the dev SMTP server", list(all()) + smsList()));
      } else {
        send(exchange, 404, "text/plain", "not found");
      }
    } catch (RuntimeException e) {
      send(exchange, 400, "text/plain", e.toString());
    }
  }

  private void receiveSms(HttpExchange exchange) throws IOException {
    if (!("Bearer " + SMS_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      send(exchange, 401, "text/plain", "wrong token");
      return;
    }
    try (jakarta.json.JsonReader reader =
        jakarta.json.Json.createReader(exchange.getRequestBody())) {
      jakarta.json.JsonObject sms = reader.readObject();
      synchronized (texts) {
        texts.add(new Sms(sms.getString("to"), sms.getString("text"), Instant.now()));
      }
    }
    send(exchange, 202, "application/json", "{\"accepted\":true}");
  }

  private String smsJson() {
    jakarta.json.JsonArrayBuilder array = jakarta.json.Json.createArrayBuilder();
    synchronized (texts) {
      for (Sms sms : texts) {
        array.add(
            jakarta.json.Json.createObjectBuilder()
                .add("to", sms.to())
                .add("text", sms.text())
                .add("received", sms.received().toString()));
      }
    }
    return array.build().toString();
  }

  private String smsList() {
    StringBuilder html = new StringBuilder("<h2>SMS received by the dev gateway</h2><table>");
    synchronized (texts) {
      for (int i = texts.size() - 1; i >= 0; i--) {
        Sms sms = texts.get(i);
        html.append("<tr><td>")
            .append(sms.received())
            .append("</td><td>")
            .append(esc(sms.to()))
            .append("</td><td>")
            .append(esc(sms.text()))
            .append("</td></tr>");
      }
    }
    return html.append("</table>").toString();
  }

  private static String list(List<Mail> mails) {
    StringBuilder html =
        new StringBuilder(
            "<p>Newest first. Reload to see new mail.</p><table><tr><th>Received</th><th>To</th><th>Subject</th></tr>");
    for (int i = mails.size() - 1; i >= 0; i--) {
      Mail m = mails.get(i);
      html.append("<tr><td>")
          .append(m.received())
          .append("</td><td>")
          .append(esc(m.to()))
          .append("</td><td><a href=\"/messages/")
          .append(m.id())
          .append("\">")
          .append(esc(m.subject()))
          .append("</a></td></tr>");
    }
    return html.append("</table>").toString();
  }

  private static String message(Mail m) {
    Matcher links = URL.matcher(esc(m.body()));
    String body = links.replaceAll(r -> "<a href=\"" + r.group() + "\">" + r.group() + "</a>");
    return "<p><a href=\"/\">All mail</a></p><p>To: "
        + esc(m.to())
        + "<br>Received: "
        + m.received()
        + "</p><pre>"
        + body
        + "</pre>";
  }

  private static String page(String title, String content) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"
        + esc(title)
        + "</title><style>body{font-family:sans-serif;margin:2em}td,th{padding:4px 12px;text-align:left}pre{white-space:pre-wrap}</style></head><body><h1>"
        + esc(title)
        + "</h1>"
        + content
        + "</body></html>";
  }

  private static String json(List<Mail> mails) {
    StringBuilder json = new StringBuilder("[");
    for (Mail m : mails) {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append("{\"id\":")
          .append(m.id())
          .append(",\"to\":")
          .append(str(m.to()))
          .append(",\"subject\":")
          .append(str(m.subject()))
          .append(",\"body\":")
          .append(str(m.body()))
          .append(",\"received\":")
          .append(str(m.received().toString()))
          .append('}');
    }
    return json.append(']').toString();
  }

  private static String str(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : (s == null ? "" : s).toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static String esc(String s) {
    return s == null
        ? ""
        : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public synchronized void close() {
    viewer.stop(0);
    if (smtp != null) {
      smtp.stop();
    }
  }
}
