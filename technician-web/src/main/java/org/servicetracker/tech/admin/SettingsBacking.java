package org.servicetracker.tech.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import org.servicetracker.organisation.OrganisationService;
import org.servicetracker.organisation.SettingsChange;
import org.servicetracker.payment.PaymentService;
import org.servicetracker.shared.DomainException;
import org.servicetracker.tech.identity.CurrentUser;
import org.servicetracker.web.Pages;

/** admin/settings.xhtml: the organisation's settings (A4), for administrators. */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject OrganisationService organisation;
  @Inject PaymentService payments;
  @Inject CurrentUser currentUser;

  private boolean sms;
  private boolean onlinePayment;
  private boolean travelTracking;
  private BigDecimal taxRate;
  private Integer paymentDays;

  public void onLoad() {
    sms = organisation.isSmsEnabled();
    onlinePayment = organisation.isOnlinePaymentEnabled();
    travelTracking = organisation.isTravelTrackingEnabled();
    taxRate = organisation.taxRate().orElse(null);
    paymentDays = organisation.paymentDays().orElse(null);
  }

  public void save() throws IOException {
    try {
      organisation.save(
          currentUser.actor(),
          new SettingsChange(sms, onlinePayment, travelTracking, taxRate, paymentDays));
      Pages.redirect("/admin/settings.xhtml?saved=true");
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  public boolean isSms() {
    return sms;
  }

  public void setSms(boolean sms) {
    this.sms = sms;
  }

  public boolean isOnlinePayment() {
    return onlinePayment;
  }

  public void setOnlinePayment(boolean onlinePayment) {
    this.onlinePayment = onlinePayment;
  }

  /** A payment provider is configured, so online payment can be offered. */
  public boolean isPaymentsConfigured() {
    return payments.configured();
  }

  public boolean isTravelTracking() {
    return travelTracking;
  }

  public void setTravelTracking(boolean travelTracking) {
    this.travelTracking = travelTracking;
  }

  public BigDecimal getTaxRate() {
    return taxRate;
  }

  public void setTaxRate(BigDecimal taxRate) {
    this.taxRate = taxRate;
  }

  public Integer getPaymentDays() {
    return paymentDays;
  }

  public void setPaymentDays(Integer paymentDays) {
    this.paymentDays = paymentDays;
  }
}
