package org.servicetracker.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code st.webhooks.*}: the retry policy (first retry, longest wait, give up after a day), the
 * request timeout, and whether addresses on this host or private networks are allowed (only for
 * development and tests: a production server must not be made to call its own network).
 */
@ApplicationScoped
public class WebhookSettings {
  @Inject
  @ConfigProperty(name = "st.webhooks.first-retry", defaultValue = "PT10S")
  Duration firstRetry;

  @Inject
  @ConfigProperty(name = "st.webhooks.max-retry", defaultValue = "PT1H")
  Duration maxRetry;

  @Inject
  @ConfigProperty(name = "st.webhooks.give-up-after", defaultValue = "PT24H")
  Duration giveUpAfter;

  @Inject
  @ConfigProperty(name = "st.webhooks.timeout", defaultValue = "PT10S")
  Duration timeout;

  @Inject
  @ConfigProperty(name = "st.webhooks.allow-private", defaultValue = "false")
  boolean allowPrivate;

  // Read through methods: callers hold a CDI proxy, whose own fields are never set.
  Duration firstRetry() {
    return firstRetry;
  }

  Duration maxRetry() {
    return maxRetry;
  }

  Duration giveUpAfter() {
    return giveUpAfter;
  }

  Duration timeout() {
    return timeout;
  }

  boolean allowPrivate() {
    return allowPrivate;
  }
}
