package org.servicetracker.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the application answers requests. Deliberately checks nothing external: a database
 * outage makes the server unready, not dead, so the orchestrator should not restart it.
 */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {
  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.up("service-tracker");
  }
}
