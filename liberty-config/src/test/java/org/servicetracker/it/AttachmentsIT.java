package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * X2 through the portal: upload, list, download, limits, tenancy, staged files of a new request.
 */
class AttachmentsIT {
  static final Path SERVER = Path.of(System.getProperty("st.server.dir", "target"));
  static final Path STORE = SERVER.resolve("attachments");

  /** The limit the system tests configure (src/test/liberty/overrides/system-tests.xml). */
  static final long LIMIT = 262_144_000L;

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

  @Test
  void aCustomerUploadsAPhotoThatColleaguesDownloadUnchangedAndGlobexCannotReach()
      throws Exception {
    String number = acmeOrder();
    WebSession carla = signedIn("customer@acme.test");
    byte[] photo = photo(40_000);
    HttpResponse<String> answer =
        carla.upload("/portal/attachments?order=" + number, "Pump (front).png", photo);
    assertThat(answer.statusCode()).isEqualTo(201);
    assertThat(answer.body())
        .contains("\"name\":\"Pump (front).png\"")
        .contains("\"contentType\":\"image/png\"")
        .contains("\"sha256\":\"" + sha256(photo) + "\"");
    long id = idOf(answer);

    // Stored encrypted: the bytes on disk are not the photo.
    String key = TestDatabase.strings("SELECT storage_key FROM attachment WHERE id = ?", id).get(0);
    byte[] stored = Files.readAllBytes(STORE.resolve(key.substring(0, 2)).resolve(key));
    assertThat(stored).isNotEqualTo(photo);
    assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("PNG");

    WebSession adam = signedIn("admin@acme.test");
    String tab = adam.get("/portal/order.xhtml?number=" + number + "&tab=attachments").body();
    assertThat(tab).contains("Pump (front).png").contains("Carla Customer");
    assertThat(adam.get("/portal/order.xhtml?number=" + number + "&tab=timeline").body())
        .contains("Files added:")
        .contains("Pump (front).png");

    HttpResponse<InputStream> download = adam.download("/portal/attachments/" + id + "/x");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment;")
        .contains("filename*=UTF-8''Pump%20%28front%29.png");
    assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
    try (InputStream in = download.body()) {
      assertThat(in.readAllBytes()).isEqualTo(photo);
    }

    WebSession globex = signedIn("customer@globex.test");
    assertThat(globex.download("/portal/attachments/" + id).statusCode()).isEqualTo(404);
    assertThat(globex.get("/portal/order.xhtml?number=" + number + "&tab=attachments").statusCode())
        .isEqualTo(404);
    HttpResponse<String> intruder =
        globex.upload("/portal/attachments?order=" + number, "x.txt", "x".getBytes());
    assertThat(intruder.statusCode()).isEqualTo(404);
  }

  @Test
  void theTypeComesFromTheBytesAndNamesAreSanitised() {
    WebSession carla = signedIn("customer@acme.test");
    HttpResponse<String> answer =
        carla.upload(
            "/portal/attachments?order=" + acmeOrder(),
            "../../etc/report.pdf",
            "just text, not a PDF".getBytes());
    assertThat(answer.statusCode()).isEqualTo(201);
    assertThat(answer.body())
        .contains("\"name\":\"report.pdf\"")
        .contains("\"contentType\":\"text/plain\"");

    byte[] program = new byte[512];
    program[0] = 'M';
    program[1] = 'Z';
    HttpResponse<String> refused =
        carla.upload("/portal/attachments?order=" + acmeOrder(), "invoice.pdf", program);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("programs cannot be attached");
  }

  @Test
  void anUploadWithoutThePortalsHeaderIsRefused() throws Exception {
    WebSession carla = signedIn("customer@acme.test");
    HttpResponse<String> answer =
        carla.upload(
            "/portal/attachments?order=" + acmeOrder(),
            "x.txt",
            HttpRequest.BodyPublishers.ofString("x"),
            false);
    assertThat(answer.statusCode()).isEqualTo(201); // with the header: accepted
    long before = count("attachment");
    java.net.http.HttpClient plain = java.net.http.HttpClient.newHttpClient();
    HttpResponse<String> forged =
        plain.send(
            HttpRequest.newBuilder(WebSession.uri("/portal/attachments?order=" + acmeOrder()))
                .header("Cookie", "JSESSIONID=" + carla.sessionId())
                .header("X-File-Name", "forged.txt")
                .POST(HttpRequest.BodyPublishers.ofString("forged"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode()).isIn(302, 403);
    assertThat(count("attachment")).isEqualTo(before);
  }

  @Test
  void anAnnouncedOverSizeUploadIsRefusedBeforeItsBytesAreSent() throws Exception {
    WebSession carla = signedIn("customer@acme.test");
    Snapshot before = Snapshot.take();
    HttpResponse<String> answer =
        carla.upload(
            "/portal/attachments?order=" + acmeOrder(),
            "huge.zip",
            HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> new Generated(LIMIT + 1, null)),
                LIMIT + 1),
            true);
    assertThat(answer).isNotNull();
    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(answer.body()).contains("Files can be at most 250 MB");
    assertThat(Snapshot.take()).isEqualTo(before);
  }

  @Test
  void anUnannouncedOverSizeUploadStopsAtTheLimitAndLeavesNoBytes() throws Exception {
    WebSession carla = signedIn("customer@acme.test");
    Snapshot before = Snapshot.take();
    HttpResponse<String> answer =
        carla.upload(
            "/portal/attachments?order=" + acmeOrder(),
            "huge.zip",
            HttpRequest.BodyPublishers.ofInputStream(() -> new Generated(LIMIT + 100_000, null)),
            false);
    // The server answers 413 as soon as the limit is passed; a client still sending may instead
    // see the connection closed. Either way nothing is kept.
    if (answer != null) {
      assertThat(answer.statusCode()).isEqualTo(413);
    }
    assertThat(Snapshot.take()).isEqualTo(before);
  }

  /** A phone that loses its signal half-way: a clear answer, no incident, nothing kept. */
  @Test
  void anUploadCutOffByItsSenderIsRefusedAsSuchAndLeavesNoBytes() throws Exception {
    WebSession carla = signedIn("customer@acme.test");
    Snapshot before = Snapshot.take();
    long errors = errorsLogged();
    String portal =
        cutOffUpload(
            "/portal/attachments?order=" + acmeOrder(),
            Map.of(
                "Cookie", "JSESSIONID=" + carla.sessionId(),
                "X-Requested-With", "XMLHttpRequest",
                "X-File-Name", "meter.png"));
    String api =
        cutOffUpload(
            "/api/v1/orders/" + acmeOrder() + "/attachments?name=meter.png",
            Map.of("Authorization", "Bearer " + ApiOrdersIT.ACME));

    String stopped = "The upload stopped after \\d+ KB, before the whole file had arrived";
    assertThat(portal).startsWith("HTTP/1.1 400").containsPattern(stopped);
    assertThat(api).startsWith("HTTP/1.1 400").containsPattern(stopped);
    assertThat(Snapshot.take()).isEqualTo(before);
    assertThat(errorsLogged()).isEqualTo(errors);
  }

  /**
   * Announces a 3 MB photo, sends 1,000 KB of it and stops sending; the socket stays open for the
   * answer, which is returned whole.
   */
  private static String cutOffUpload(String path, Map<String, String> headers) throws IOException {
    URI uri = WebSession.uri(path);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(60_000);
      StringBuilder head =
          new StringBuilder("POST " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\n");
      head.append("Host: ").append(uri.getAuthority()).append("\r\n");
      head.append("Connection: close\r\nContent-Type: application/octet-stream\r\n");
      head.append("Content-Length: 3000000\r\n");
      headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
      OutputStream out = socket.getOutputStream();
      out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(photo(1_024_000));
      out.flush();
      socket.shutdownOutput();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Errors in the server's log, and warnings about uploads. Not counted: the runtime's note that it
   * captured the failed read of the cut-off body (FFDC1015I, information).
   */
  private static long errorsLogged() throws IOException {
    return ServerLog.count(
        line ->
            line.matches(".*\"loglevel\":\"(ERROR|SEVERE)\".*")
                || line.contains("\"loglevel\":\"WARNING\"")
                    && line.contains("\"message\":\"Upload of"));
  }

  /** The server runs with a 512 MB heap (jvm.options); 200 MB pass through it and back intact. */
  @Test
  void a200MegabyteUploadSucceedsWithA512MegabyteHeap() throws Exception {
    assertThat(Files.readAllLines(SERVER.resolve("jvm.options"))).contains("-Xmx512m");
    long size = 200L * 1024 * 1024;
    MessageDigest sent = MessageDigest.getInstance("SHA-256");
    WebSession carla = signedIn("customer@acme.test");
    HttpResponse<String> answer =
        carla.upload(
            "/portal/attachments?order=" + acmeOrder(),
            "diagnostic-log.bin",
            HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> new Generated(size, sent)), size),
            false);
    assertThat(answer).isNotNull();
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    String sentHash = HexFormat.of().formatHex(sent.digest());
    assertThat(answer.body()).contains("\"size\":" + size).contains(sentHash);

    MessageDigest received = MessageDigest.getInstance("SHA-256");
    long count = 0;
    try (InputStream in = carla.download("/portal/attachments/" + idOf(answer)).body()) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; count += n) {
        received.update(buffer, 0, n);
      }
    }
    assertThat(count).isEqualTo(size);
    assertThat(HexFormat.of().formatHex(received.digest())).isEqualTo(sentHash);
  }

  @Test
  void filesChosenOnTheNewRequestFormArriveWithTheOrderAndStayPrivateUntilThen() {
    WebSession carla = signedIn("customer@acme.test");
    long first = idOf(carla.upload("/portal/attachments", "error-code.png", photo(3000)));
    long second = idOf(carla.upload("/portal/attachments", "nameplate.png", photo(4000)));

    // Not even a colleague can read a staged file, nor attach it to an order.
    WebSession adam = signedIn("admin@acme.test");
    assertThat(adam.download("/portal/attachments/" + first).statusCode()).isEqualTo(404);

    carla.get("/portal/request-new.xhtml");
    String staged = "[{\"id\":" + first + ",\"name\":\"error-code.png\"},{\"id\":" + second + "}]";
    carla.submit(
        "request",
        Map.of(
            "kind", "SERVICE_CALL",
            "priority", "NORMAL",
            "summary", "Display shows E42",
            "stagedFiles", staged),
        "submit");
    assertThat(carla.last().uri().getQuery())
        .contains("submitted=true")
        .doesNotContain("filesMissing");
    String number = carla.last().uri().getQuery().replaceAll(".*number=([^&]+).*", "$1");
    String tab = carla.get("/portal/order.xhtml?number=" + number + "&tab=attachments").body();
    assertThat(tab).contains("error-code.png").contains("nameplate.png");
    assertThat(adam.download("/portal/attachments/" + first).statusCode()).isEqualTo(200);
  }

  /** What is stored: attachment rows, files in the store, partial files in its incoming folder. */
  record Snapshot(long rows, long files, long incoming) {
    static Snapshot take() throws IOException {
      return new Snapshot(count("attachment"), filesIn(STORE), filesIn(STORE.resolve(".incoming")));
    }

    private static long filesIn(Path dir) throws IOException {
      if (!Files.exists(dir)) {
        return 0;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        return files.filter(Files::isRegularFile).count();
      }
    }
  }

  static long count(String table) {
    return TestDatabase.count("SELECT count(*) FROM " + table);
  }

  static String acmeOrder() {
    return TestDatabase.strings(
            "SELECT o.order_number FROM service_order o JOIN customer_account c ON c.id = o.account_id"
                + " WHERE c.name = 'Acme Corp' AND o.status IN ('NEW', 'IN_PROGRESS') ORDER BY o.id LIMIT 1")
        .get(0);
  }

  static byte[] photo(int size) {
    byte[] bytes = new byte[size];
    new java.util.Random(size).nextBytes(bytes);
    System.arraycopy(PNG, 0, bytes, 0, PNG.length);
    return bytes;
  }

  static long idOf(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    Matcher id = ID.matcher(answer.body());
    assertThat(id.find()).isTrue();
    return Long.parseLong(id.group(1));
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static WebSession signedIn(String email) {
    WebSession session = new WebSession();
    session.signIn("portal", email, SignInIT.PASSWORD);
    return session;
  }

  /** Pseudo-random bytes made as they are read (never held whole), optionally hashed. */
  static final class Generated extends InputStream {
    private final long size;
    private final MessageDigest digest;
    private long position;

    Generated(long size, MessageDigest digest) {
      this.size = size;
      this.digest = digest;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - position);
      for (int i = 0; i < n; i++) {
        long p = position + i;
        b[off + i] = (byte) (p * 31 + (p >>> 13));
      }
      if (digest != null) {
        digest.update(b, off, n);
      }
      position += n;
      return n;
    }
  }
}
