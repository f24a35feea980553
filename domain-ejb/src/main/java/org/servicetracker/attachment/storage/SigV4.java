package org.servicetracker.attachment.storage;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for S3 requests, signed over the host, the date and the payload's SHA-256
 * (the headers every S3-compatible server accepts).
 */
final class SigV4 {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
  static final String EMPTY_SHA256 = sha256Hex(new byte[0], 0);

  private final String region;
  private final String accessKey;
  private final String secretKey;

  SigV4(String region, String accessKey, String secretKey) {
    this.region = region;
    this.accessKey = accessKey;
    this.secretKey = secretKey;
  }

  /** The headers to send: {@code x-amz-date}, {@code x-amz-content-sha256}, authorization. */
  Map<String, String> sign(
      String method, URI uri, Map<String, String> query, String payloadSha256) {
    String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
    String day = stamp.substring(0, 8);
    String host = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    String canonicalRequest =
        String.join(
            "\n",
            method,
            uri.getRawPath(),
            canonicalQuery(query),
            "host:" + host,
            "x-amz-content-sha256:" + payloadSha256,
            "x-amz-date:" + stamp,
            "",
            "host;x-amz-content-sha256;x-amz-date",
            payloadSha256);
    String scope = day + "/" + region + "/s3/aws4_request";
    String stringToSign =
        String.join(
            "\n",
            "AWS4-HMAC-SHA256",
            stamp,
            scope,
            sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
    byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), day);
    key = hmac(key, region);
    key = hmac(key, "s3");
    key = hmac(key, "aws4_request");
    String signature = HexFormat.of().formatHex(hmac(key, stringToSign));
    return Map.of(
        "x-amz-date",
        stamp,
        "x-amz-content-sha256",
        payloadSha256,
        "Authorization",
        "AWS4-HMAC-SHA256 Credential="
            + accessKey
            + "/"
            + scope
            + ", SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature="
            + signature);
  }

  static String canonicalQuery(Map<String, String> query) {
    return new TreeMap<>(query)
        .entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
  }

  /** RFC 3986 encoding as SigV4 wants it: unreserved characters stay, the rest is %XX. */
  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }

  static String sha256Hex(byte[] bytes) {
    return sha256Hex(bytes, bytes.length);
  }

  static String sha256Hex(byte[] bytes, int length) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(bytes, 0, length);
      return HexFormat.of().formatHex(digest.digest());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
