package org.servicetracker.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicetracker.organisation.OrganisationService;

/**
 * Invoicing defaults from configuration ({@code st.billing.*}: currency, tax, payment days, the
 * issuer printed on PDFs); the organisation's own tax rate and payment days (A4) take precedence.
 */
@ApplicationScoped
public class BillingSettings {
  @Inject
  @ConfigProperty(name = "st.billing.currency", defaultValue = "EUR")
  String currency;

  @Inject
  @ConfigProperty(name = "st.billing.tax-rate", defaultValue = "20")
  BigDecimal taxRate;

  @Inject
  @ConfigProperty(name = "st.billing.payment-days", defaultValue = "30")
  int paymentDays;

  @Inject
  @ConfigProperty(name = "st.billing.issuer", defaultValue = "Service Tracker Demo Services")
  String issuer;

  @Inject
  @ConfigProperty(name = "st.billing.issuer-address", defaultValue = "1 Workshop Lane, Springfield")
  String issuerAddress;

  @Inject OrganisationService organisation;

  /** The organisation's terms where it set them (A4), else the configured defaults. */
  BillingTerms terms() {
    return new BillingTerms(
        currency,
        organisation.taxRate().orElse(taxRate),
        organisation.paymentDays().orElse(paymentDays));
  }

  /** The currency work is priced in (invoices keep their own). */
  public String currency() {
    return currency;
  }

  String issuer() {
    return issuer;
  }

  String issuerAddress() {
    return issuerAddress;
  }
}
