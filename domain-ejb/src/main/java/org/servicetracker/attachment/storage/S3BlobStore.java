package org.servicetracker.attachment.storage;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
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
 * Objects in a bucket of an S3-compatible object store (path-style addressing, Signature V4). An
 * object of unknown length is sent as a multipart upload, {@value #PART_SIZE} bytes per part, so
 * one upload holds at most one part in memory; an object that fits in one part is a single PUT.
 */
public final class S3BlobStore implements BlobStore {
  static final int PART_SIZE = 8 * 1024 * 1024;
  private static final Pattern UPLOAD_ID = Pattern.compile("<UploadId>([^<]+)</UploadId>");
  private static final Duration TIMEOUT = Duration.ofMinutes(5);

  private final URI endpoint;
  private final String bucket;
  private final SigV4 signer;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  public S3BlobStore(
      URI endpoint, String region, String bucket, String accessKey, String secretKey) {
    this.endpoint = URI.create(endpoint.toString().replaceAll("/+$", ""));
    this.bucket = bucket;
    this.signer = new SigV4(region, accessKey, secretKey);
  }

  @Override
  public void put(String key, InputStream content) throws IOException {
    Keys.requireValid(key);
    byte[] part = new byte[PART_SIZE];
    int length = content.readNBytes(part, 0, PART_SIZE);
    if (length < PART_SIZE) {
      send("PUT", key, Map.of(), part, length, 200);
      return;
    }
    String uploadId = initiate(key);
    try {
      List<String> etags = new ArrayList<>();
      while (length > 0) {
        HttpResponse<String> response =
            send(
                "PUT",
                key,
                Map.of("partNumber", Integer.toString(etags.size() + 1), "uploadId", uploadId),
                part,
                length,
                200);
        etags.add(response.headers().firstValue("ETag").orElseThrow());
        length = content.readNBytes(part, 0, PART_SIZE);
      }
      complete(key, uploadId, etags);
    } catch (IOException | RuntimeException e) {
      abort(key, uploadId, e);
      throw e;
    }
  }

  @Override
  public InputStream get(String key) throws IOException {
    Keys.requireValid(key);
    HttpResponse<InputStream> response =
        exchange(request("GET", key, Map.of(), null, 0), HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() == 404) {
      response.body().close();
      throw new FileNotFoundException("No stored object " + key);
    }
    if (response.statusCode() != 200) {
      String body = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
      throw new IOException("S3 GET " + key + " answered " + response.statusCode() + ": " + body);
    }
    return response.body();
  }

  @Override
  public void delete(String key) throws IOException {
    Keys.requireValid(key);
    HttpResponse<String> response =
        exchange(request("DELETE", key, Map.of(), null, 0), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 204
        && response.statusCode() != 200
        && response.statusCode() != 404) {
      throw failure("DELETE " + key, response);
    }
  }

  @Override
  public boolean exists(String key) throws IOException {
    Keys.requireValid(key);
    HttpResponse<Void> response =
        exchange(request("HEAD", key, Map.of(), null, 0), HttpResponse.BodyHandlers.discarding());
    return response.statusCode() == 200;
  }

  @Override
  public void check() throws IOException {
    HttpResponse<Void> response =
        exchange(request("HEAD", null, Map.of(), null, 0), HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() != 200) {
      throw new IOException("The bucket " + bucket + " answered " + response.statusCode());
    }
  }

  private String initiate(String key) throws IOException {
    HttpResponse<String> response = send("POST", key, Map.of("uploads", ""), new byte[0], 0, 200);
    Matcher matcher = UPLOAD_ID.matcher(response.body());
    if (!matcher.find()) {
      throw new IOException("S3 did not start a multipart upload: " + response.body());
    }
    return matcher.group(1);
  }

  private void complete(String key, String uploadId, List<String> etags) throws IOException {
    StringBuilder xml = new StringBuilder("<CompleteMultipartUpload>");
    for (int i = 0; i < etags.size(); i++) {
      xml.append("<Part><PartNumber>")
          .append(i + 1)
          .append("</PartNumber><ETag>")
          .append(etags.get(i).replace("&", "&amp;").replace("\"", "&quot;"))
          .append("</ETag></Part>");
    }
    byte[] body =
        xml.append("</CompleteMultipartUpload>").toString().getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response =
        send("POST", key, Map.of("uploadId", uploadId), body, body.length, 200);
    // S3 may answer 200 and still report an error in the body.
    if (response.body().contains("<Error>")) {
      throw new IOException("S3 could not complete the upload of " + key + ": " + response.body());
    }
  }

  private void abort(String key, String uploadId, Exception cause) {
    try {
      exchange(
          request("DELETE", key, Map.of("uploadId", uploadId), null, 0),
          HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
  }

  private HttpResponse<String> send(
      String method, String key, Map<String, String> query, byte[] body, int length, int expected)
      throws IOException {
    HttpResponse<String> response =
        exchange(request(method, key, query, body, length), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw failure(method + " " + key, response);
    }
    return response;
  }

  private HttpRequest request(
      String method, String key, Map<String, String> query, byte[] body, int length) {
    String path = "/" + SigV4.encode(bucket) + (key == null ? "" : "/" + SigV4.encode(key));
    String queryString =
        query.isEmpty()
            ? ""
            : "?"
                + new LinkedHashMap<>(query)
                    .entrySet().stream()
                        .map(e -> SigV4.encode(e.getKey()) + "=" + SigV4.encode(e.getValue()))
                        .collect(Collectors.joining("&"));
    URI uri = URI.create(endpoint + path + queryString);
    String payloadHash = body == null ? SigV4.EMPTY_SHA256 : SigV4.sha256Hex(body, length);
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body, 0, length));
    signer.sign(method, uri, query, payloadHash).forEach(builder::header);
    return builder.build();
  }

  private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException {
    try {
      return http.send(request, handler);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while talking to S3", e);
    }
  }

  private static IOException failure(String what, HttpResponse<String> response) {
    return new IOException(
        "S3 " + what + " answered " + response.statusCode() + ": " + response.body());
  }

  @Override
  public String toString() {
    return "bucket " + bucket + " at " + endpoint;
  }
}
