package org.servicetracker.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;
import org.servicetracker.operations.SystemStatus;

/**
 * Started once the schema migrations have run (they run before the application accepts requests).
 */
@Startup
@ApplicationScoped
public class StartupCheck implements HealthCheck {
  @Inject SystemStatus status;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("service-tracker")
        .status(status.pendingMigrations() == 0)
        .build();
  }
}
