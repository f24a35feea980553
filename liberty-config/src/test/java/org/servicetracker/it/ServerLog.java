package org.servicetracker.it;

import java.io.IOException;
import java.nio.file.Files;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The server's messages.log (JSON lines): what a request left in it. */
final class ServerLog {
  private ServerLog() {}

  /** Lines logged as errors (ERROR, SEVERE) or as an incident captured (FFDC1015I). */
  static long errors() throws IOException {
    return count(
        line -> line.matches(".*\"loglevel\":\"(ERROR|SEVERE)\".*") || line.contains("FFDC1015I"));
  }

  static long count(Predicate<String> matching) throws IOException {
    try (Stream<String> lines = Files.lines(AttachmentsIT.SERVER.resolve("logs/messages.log"))) {
      return lines.filter(matching).count();
    }
  }
}
