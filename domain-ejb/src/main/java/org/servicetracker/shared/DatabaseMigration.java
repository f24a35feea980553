package org.servicetracker.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * Brings the schema up to date before anything else touches the database. Start-up fails when no
 * migration can be found: an application running on an empty schema must be impossible (Liberty's
 * class loaders hide the migrations unless {@code db/migration/flyway.location} is on the class
 * path).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {
  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "jdbc/servicetracker")
  private DataSource dataSource;

  private Flyway flyway;

  @PostConstruct
  void migrate() {
    flyway =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            .load();
    var result = flyway.migrate();
    if (flyway.info().applied().length == 0) {
      throw new IllegalStateException(
          "No database migration was found on the class path; refusing to start on an empty schema.");
    }
    LOG.info(
        () ->
            "Database schema at version "
                + flyway.info().current().getVersion()
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  /** Migrations that exist in the application but are not applied to the database. */
  public int pendingMigrations() {
    int pending = 0;
    for (MigrationInfo info : flyway.info().all()) {
      if (info.getState() == MigrationState.PENDING) {
        pending++;
      }
    }
    return pending;
  }
}
