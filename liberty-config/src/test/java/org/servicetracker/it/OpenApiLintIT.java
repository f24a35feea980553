package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * I2: the OpenAPI document the server serves passes Redocly's strict recommended rules
 * (integration-api/redocly.yaml), linted by the Redocly CLI from npm (needs Node.js's npx).
 */
class OpenApiLintIT {
  static final String REDOCLY = "@redocly/cli@2.77.0";

  @Test
  void theServedOpenApiDocumentPassesTheLinter() throws Exception {
    String document = Api.get("/openapi", null).body();
    Path file = Path.of("target", "openapi.yaml");
    Files.writeString(file, document, StandardCharsets.UTF_8);
    Path config = Path.of("..", "integration-api", "redocly.yaml");
    assertThat(config).exists();

    Path output = Files.createTempFile("redocly", ".txt");
    Process lint;
    try {
      lint =
          new ProcessBuilder(
                  List.of(
                      "npx",
                      "--yes",
                      REDOCLY,
                      "lint",
                      file.toString(),
                      "--config",
                      config.toString(),
                      "--format",
                      "stylish"))
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
    } catch (java.io.IOException e) {
      throw new AssertionError("Linting the OpenAPI document needs Node.js (npx) on the PATH", e);
    }
    assertThat(lint.waitFor(5, TimeUnit.MINUTES)).as("the linter finished").isTrue();
    String report = Files.readString(output);
    assertThat(lint.exitValue()).as(report).isZero();
    assertThat(report).contains("Your API description is valid");
    new File(output.toString()).delete();
  }
}
