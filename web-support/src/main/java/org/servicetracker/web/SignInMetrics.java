package org.servicetracker.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.servicetracker.identity.Application;
import org.servicetracker.identity.LoginOutcome;

/**
 * O2: refused sign-ins, {@code st_signin_failures_total{application, outcome}} (wrong password,
 * throttled, deactivated, wrong application …), counted by each web module's sign-in mechanism.
 */
@ApplicationScoped
public class SignInMetrics {
  private static final Metadata FAILURES =
      Metadata.builder()
          .withName("st_signin_failures")
          .withDescription("Refused sign-ins, by application and reason")
          .build();

  @Inject MetricRegistry registry;

  public void refused(Application application, LoginOutcome outcome) {
    registry
        .counter(
            FAILURES,
            new Tag("application", application.name().toLowerCase(Locale.ROOT)),
            new Tag("outcome", outcome.name().toLowerCase(Locale.ROOT)))
        .inc();
  }
}
