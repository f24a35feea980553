package org.servicetracker.attachment.storage;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys that encrypt attachments at rest, from configuration: {@code id:base64key} pairs
 * separated by commas. The first key encrypts new files; the others still decrypt older ones, so a
 * key is rotated by putting a new one in front.
 */
public final class KeyRing {
  private final Map<String, SecretKey> keys = new LinkedHashMap<>();
  private final String activeId;

  private KeyRing(String activeId) {
    this.activeId = activeId;
  }

  /**
   * @throws IllegalArgumentException with a message for the operator when the value is malformed
   */
  public static KeyRing parse(String configured) {
    KeyRing ring = null;
    for (String pair : configured.split(",")) {
      String trimmed = pair.trim();
      int colon = trimmed.indexOf(':');
      if (colon < 1 || colon > 32) {
        throw new IllegalArgumentException(
            "Each attachment key must be written id:base64 (an id of 1 to 32 characters).");
      }
      String id = trimmed.substring(0, colon);
      byte[] key;
      try {
        key = Base64.getDecoder().decode(trimmed.substring(colon + 1));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("The attachment key " + id + " is not valid base64.");
      }
      if (key.length != 32) {
        throw new IllegalArgumentException(
            "The attachment key " + id + " must be 32 bytes (256 bits), not " + key.length + ".");
      }
      if (ring == null) {
        ring = new KeyRing(id);
      }
      ring.keys.put(id, new SecretKeySpec(key, "AES"));
    }
    return ring;
  }

  String activeId() {
    return activeId;
  }

  SecretKey active() {
    return keys.get(activeId);
  }

  /**
   * @throws java.util.NoSuchElementException when the key is not (or no longer) configured
   */
  SecretKey get(String id) {
    SecretKey key = keys.get(id);
    if (key == null) {
      throw new java.util.NoSuchElementException(
          "The attachment key " + id + " is not configured; the file cannot be decrypted.");
    }
    return key;
  }
}
