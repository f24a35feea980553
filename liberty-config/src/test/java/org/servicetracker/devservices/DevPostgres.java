package org.servicetracker.devservices;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An embedded PostgreSQL whose data stays in {@code target/dev-postgres} until {@code mvn clean}.
 */
final class DevPostgres implements AutoCloseable {
  static final String DATABASE = "servicetracker";
  private final EmbeddedPostgres postgres;

  private DevPostgres(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static DevPostgres start(Path dataDir, int port) throws IOException, SQLException {
    Files.createDirectories(dataDir);
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(false)
            .setPort(port)
            // PostgreSQL's default of 128 MB cannot hold a large account's working set (bench/run).
            .setServerConfig("shared_buffers", "512MB")
            .start();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("ALTER USER postgres PASSWORD 'postgres'");
      try (ResultSet rs =
          s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
        if (!rs.next()) {
          s.execute("CREATE DATABASE " + DATABASE);
        }
      }
    }
    System.out.println(
        "[dev-services] PostgreSQL ready at jdbc:postgresql://localhost:"
            + port
            + "/"
            + DATABASE
            + " (user postgres, data in "
            + dataDir
            + ")");
    return new DevPostgres(postgres);
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      System.err.println("[dev-services] PostgreSQL did not stop cleanly: " + e);
    }
  }
}
