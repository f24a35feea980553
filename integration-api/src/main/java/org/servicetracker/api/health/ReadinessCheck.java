package org.servicetracker.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.servicetracker.operations.SystemStatus;

/**
 * Ready when the database answers, the schema is current, the mail outbox is being worked off and
 * the attachment store can be written.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
  @Inject SystemStatus status;

  @Override
  public HealthCheckResponse call() {
    boolean database = status.databaseReachable();
    if (!database) {
      return HealthCheckResponse.named("service-tracker")
          .down()
          .withData("database", "unreachable")
          .build();
    }
    int pending = status.pendingMigrations();
    boolean outboxStuck = status.outboxStuck();
    Optional<String> storageProblem = status.storageProblem();
    return HealthCheckResponse.named("service-tracker")
        .status(pending == 0 && !outboxStuck && storageProblem.isEmpty())
        .withData("database", "reachable")
        .withData("pendingMigrations", pending)
        .withData("outboxDelaySeconds", status.outboxDelay().map(d -> d.toSeconds()).orElse(0L))
        .withData("outbox", outboxStuck ? "stuck" : "flowing")
        .withData("storage", storageProblem.orElse("writable"))
        .build();
  }
}
