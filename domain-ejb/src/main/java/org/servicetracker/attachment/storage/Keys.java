package org.servicetracker.attachment.storage;

import java.util.UUID;
import java.util.regex.Pattern;

/** Object keys: random, and safe as a file name and in a URL path without escaping. */
public final class Keys {
  private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{15,63}");

  private Keys() {}

  public static String newKey() {
    return UUID.randomUUID().toString();
  }

  static void requireValid(String key) {
    if (key == null || !VALID.matcher(key).matches()) {
      throw new IllegalArgumentException("Not an object key: " + key);
    }
  }
}
