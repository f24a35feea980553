package org.servicetracker.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The payment provider (ST_PAYMENTS_CHECKOUT_URL, ST_PAYMENTS_SECRET): its hosted checkout page and
 * the secret both sides sign with. Without both, online payment cannot be turned on.
 */
@ApplicationScoped
public class PaymentSettings {
  @Inject
  @ConfigProperty(name = "st.payments.checkout-url")
  Optional<String> checkoutUrl;

  @Inject
  @ConfigProperty(name = "st.payments.secret")
  Optional<String> secret;

  @Inject
  @ConfigProperty(name = "st.public-url", defaultValue = "http://localhost:9080")
  String publicUrl;

  public boolean configured() {
    return checkoutUrl.filter(u -> !u.isBlank()).isPresent()
        && secret.filter(s -> !s.isBlank()).isPresent();
  }

  String checkoutUrl() {
    return checkoutUrl.orElseThrow();
  }

  String secret() {
    return secret.orElseThrow();
  }

  String publicUrl() {
    return publicUrl;
  }
}
