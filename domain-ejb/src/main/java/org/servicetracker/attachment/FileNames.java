package org.servicetracker.attachment;

import java.text.Normalizer;

/**
 * File names as uploaded, made safe to store, show and send back: no path, no control or reserved
 * characters, no leading dots, at most {@value #MAX} characters with the extension kept.
 */
public final class FileNames {
  static final int MAX = 200;

  private FileNames() {}

  public static String sanitise(String name) {
    String cleaned = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC);
    cleaned = cleaned.substring(Math.max(cleaned.lastIndexOf('/'), cleaned.lastIndexOf('\\')) + 1);
    cleaned = cleaned.replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*]", "_").strip();
    cleaned = cleaned.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
    if (cleaned.isEmpty()) {
      return "file";
    }
    if (cleaned.length() > MAX) {
      int dot = cleaned.lastIndexOf('.');
      String extension = dot > 0 && cleaned.length() - dot <= 16 ? cleaned.substring(dot) : "";
      cleaned = cleaned.substring(0, MAX - extension.length()) + extension;
    }
    return cleaned;
  }
}
