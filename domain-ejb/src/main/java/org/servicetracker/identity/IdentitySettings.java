package org.servicetracker.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Configuration of sign-in and password resets ({@code st.identity.*}, {@code st.demo.enabled}).
 */
@ApplicationScoped
public class IdentitySettings {
  @Inject
  @ConfigProperty(name = "st.identity.throttle.window", defaultValue = "PT15M")
  Duration throttleWindow;

  @Inject
  @ConfigProperty(name = "st.identity.throttle.account-failures", defaultValue = "5")
  int accountFailures;

  @Inject
  @ConfigProperty(name = "st.identity.throttle.address-failures", defaultValue = "50")
  int addressFailures;

  @Inject
  @ConfigProperty(name = "st.identity.reset-link-validity", defaultValue = "PT1H")
  Duration resetLinkValidity;

  @Inject
  @ConfigProperty(name = "st.demo.enabled", defaultValue = "false")
  boolean demoEnabled;

  public LoginThrottle throttle() {
    return new LoginThrottle(throttleWindow, accountFailures, addressFailures);
  }

  public Duration resetLinkValidity() {
    return resetLinkValidity;
  }

  public boolean demoEnabled() {
    return demoEnabled;
  }
}
