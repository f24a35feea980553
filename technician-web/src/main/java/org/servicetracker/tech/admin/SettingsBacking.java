package org.servicetracker.tech.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import org.servicetracker.organisation.OrganisationService;
import org.servicetracker.shared.DomainException;
import org.servicetracker.tech.identity.CurrentUser;
import org.servicetracker.web.Pages;

/** admin/settings.xhtml: the organisation's settings (A4), for administrators. */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject OrganisationService organisation;
  @Inject CurrentUser currentUser;

  private boolean sms;
  private BigDecimal taxRate;
  private Integer paymentDays;

  public void onLoad() {
    sms = organisation.isSmsEnabled();
    taxRate = organisation.taxRate().orElse(null);
    paymentDays = organisation.paymentDays().orElse(null);
  }

  public void save() throws IOException {
    try {
      organisation.enableSms(currentUser.actor(), sms);
      organisation.setInvoiceTerms(currentUser.actor(), taxRate, paymentDays);
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
