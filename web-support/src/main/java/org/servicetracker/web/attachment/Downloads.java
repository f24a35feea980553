package org.servicetracker.web.attachment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Download headers that every browser saves under the right name, and none can be tricked by. */
public final class Downloads {
  private Downloads() {}

  /**
   * {@code attachment} with an ASCII fallback name and the exact UTF-8 name (RFC 6266/5987); the
   * stored names are already sanitised, quotes and backslashes are replaced all the same.
   */
  public static String disposition(String fileName) {
    String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace('"', '_').replace('\\', '_');
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
