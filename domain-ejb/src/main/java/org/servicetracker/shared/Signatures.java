package org.servicetracker.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signatures with a shared secret, in hex: the payment provider's checkout requests and
 * confirmations, and webhook deliveries.
 */
public final class Signatures {
  private Signatures() {}

  /** The hex HMAC-SHA256 of the bytes. */
  public static String sign(String secret, byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(message));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  public static String sign(String secret, String message) {
    return sign(secret, message.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether the signature is the bytes' own, compared in constant time. */
  public static boolean verify(String secret, byte[] message, String signature) {
    if (signature == null) {
      return false;
    }
    byte[] expected = sign(secret, message).getBytes(StandardCharsets.US_ASCII);
    byte[] given = signature.strip().toLowerCase().getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given);
  }
}
