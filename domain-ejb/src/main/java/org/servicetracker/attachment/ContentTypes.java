package org.servicetracker.attachment;

import java.util.Set;
import org.apache.tika.Tika;
import org.servicetracker.shared.ValidationException;

/**
 * The content type of a file, from its first bytes (the name only refines what the bytes allow,
 * e.g. text/plain to text/csv). Programs are refused: they have no place on a service order and are
 * the classic way to pass malware on.
 */
final class ContentTypes {
  static final int SNIFF_BYTES = 64 * 1024;
  private static final Tika TIKA = new Tika();
  private static final Set<String> PROGRAMS =
      Set.of(
          "application/x-msdownload",
          "application/x-dosexec",
          "application/x-ms-installer",
          "application/x-msi",
          "application/x-executable",
          "application/x-elf",
          "application/x-sharedlib",
          "application/x-mach-o-executable",
          "application/vnd.microsoft.portable-executable");

  private ContentTypes() {}

  static String detect(byte[] head, String fileName) {
    String type = TIKA.detect(head, fileName);
    if (PROGRAMS.contains(type)) {
      throw new ValidationException(
          "file", fileName + " is a program; programs cannot be attached.");
    }
    return type;
  }
}
