package org.servicetracker.tech.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.servicetracker.organisation.OrganisationService;
import org.servicetracker.shared.DomainException;
import org.servicetracker.tech.identity.CurrentUser;
import org.servicetracker.web.Pages;

/** admin/settings.xhtml: the organisation's settings (A4), for administrators. */
@Named
@RequestScoped
public class SettingsBacking {
  @Inject OrganisationService organisation;
  @Inject CurrentUser currentUser;

  private Boolean sms;

  public boolean isSms() {
    if (sms == null) {
      sms = organisation.isSmsEnabled();
    }
    return sms;
  }

  public void setSms(boolean sms) {
    this.sms = sms;
  }

  public void save() throws IOException {
    try {
      organisation.enableSms(currentUser.actor(), isSms());
      Pages.redirect("/admin/settings.xhtml?saved=true");
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }
}
