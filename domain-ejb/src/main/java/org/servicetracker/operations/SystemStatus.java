package org.servicetracker.operations;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.servicetracker.attachment.AttachmentStorage;
import org.servicetracker.notification.Outbox;
import org.servicetracker.notification.OutboxSettings;
import org.servicetracker.shared.DatabaseMigration;

/**
 * What operators' health checks ask: can we reach the database, is the schema current, is mail
 * flowing, can attachments be stored.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SystemStatus {
  @Resource(lookup = "jdbc/servicetracker")
  DataSource dataSource;

  @Inject DatabaseMigration migration;
  @Inject Outbox outbox;
  @Inject OutboxSettings outboxSettings;
  @Inject AttachmentStorage attachmentStorage;

  public boolean databaseReachable() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  public int pendingMigrations() {
    return migration.pendingMigrations();
  }

  /** How long the oldest due outbox message has waited, if any waits. */
  public Optional<Duration> outboxDelay() {
    return outbox.oldestDue().map(due -> Duration.between(due, Instant.now()));
  }

  public boolean outboxStuck() {
    return outboxDelay().map(d -> d.compareTo(outboxSettings.stuckAfter()) > 0).orElse(false);
  }

  /**
   * What keeps attachments from being stored (configuration, an unreachable store), if anything.
   */
  public Optional<String> storageProblem() {
    try {
      return Optional.ofNullable(attachmentStorage.problem());
    } catch (RuntimeException e) {
      return Optional.of("The attachment store cannot be checked: " + e);
    }
  }
}
