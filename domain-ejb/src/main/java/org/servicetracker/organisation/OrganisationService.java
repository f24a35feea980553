package org.servicetracker.organisation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Optional;
import org.servicetracker.shared.AccessDeniedException;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.Role;
import org.servicetracker.shared.ValidationException;

/** Reads the organisation settings for every feature; only administrators change them. */
@Stateless
public class OrganisationService {
  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  public boolean isSmsEnabled() {
    return settings().isSmsEnabled();
  }

  /** The dispatcher on call, who receives urgent alerts; empty when none is designated. */
  public Optional<Long> onCallDispatcher() {
    return Optional.ofNullable(settings().getOnCallDispatcherId());
  }

  /** Dispatchers hand the on-call duty on; administrators may too. */
  public void putOnCall(Actor actor, Long dispatcherId) {
    if (!actor.has(Role.ADMIN) && !actor.has(Role.DISPATCHER)) {
      throw new AccessDeniedException("Only dispatchers and administrators set who is on call.");
    }
    settings().putOnCall(dispatcherId);
  }

  /** The organisation's tax rate (percent) and payment days; empty where it keeps the default. */
  public Optional<BigDecimal> taxRate() {
    return Optional.ofNullable(settings().getTaxRate());
  }

  public Optional<Integer> paymentDays() {
    return Optional.ofNullable(settings().getPaymentDays());
  }

  /** Invoice terms for invoices issued from now on (administrators); null keeps the default. */
  public void setInvoiceTerms(Actor actor, BigDecimal taxRate, Integer paymentDays) {
    requireAdmin(actor);
    if (taxRate != null
        && (taxRate.signum() < 0
            || taxRate.compareTo(new BigDecimal("100")) > 0
            || taxRate.scale() > 2)) {
      throw new ValidationException(
          "taxRate", "The tax rate is a percentage from 0 to 100 with at most two decimals.");
    }
    if (paymentDays != null && (paymentDays < 0 || paymentDays > 365)) {
      throw new ValidationException("paymentDays", "Payment terms are 0 to 365 days.");
    }
    settings().setInvoiceTerms(taxRate, paymentDays);
  }

  public void enableSms(Actor actor, boolean enabled) {
    requireAdmin(actor);
    settings().enableSms(enabled);
  }

  /** Whether customers may pay invoices online (C9), where a payment provider is configured. */
  public boolean isOnlinePaymentEnabled() {
    return settings().isOnlinePaymentEnabled();
  }

  /**
   * Whether technicians' phones may share their location to track travel time (T14); off unless the
   * organisation turns it on, and read by the mobile app before it asks for the location.
   */
  public boolean isTravelTrackingEnabled() {
    return settings().isTravelTrackingEnabled();
  }

  /** The administrators' settings page, saved as one: all of it is checked before any changes. */
  public void save(Actor actor, SettingsChange change) {
    requireAdmin(actor);
    setInvoiceTerms(actor, change.taxRate(), change.paymentDays());
    OrganisationSettings settings = settings();
    settings.enableSms(change.sms());
    settings.enableOnlinePayment(change.onlinePayment());
    settings.enableTravelTracking(change.travelTracking());
  }

  private static void requireAdmin(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new AccessDeniedException("Organisation settings are for administrators only.");
    }
  }

  private OrganisationSettings settings() {
    return em.find(OrganisationSettings.class, OrganisationSettings.ID);
  }
}
