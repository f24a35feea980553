package org.servicetracker.portal.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.servicetracker.identity.LoginRecord;
import org.servicetracker.identity.Profile;
import org.servicetracker.identity.ProfileService;
import org.servicetracker.shared.PageRequest;
import org.servicetracker.shared.ValidationException;
import org.servicetracker.web.Pages;

/** profile.xhtml (C11): contact details, password and the login audit of the signed-in customer. */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int RECENT_LOGINS = 20;

  @Inject ProfileService profiles;
  @Inject CurrentUser currentUser;

  private Profile profile;
  private String displayName;
  private String phone;
  private String notificationEmail;
  private boolean dailyDigest;
  private boolean smsOptIn;
  private String currentPassword;
  private String newPassword;
  private String confirmation;

  public void onLoad() {
    profile = profiles.profile(currentUser.actor());
    displayName = profile.displayName();
    phone = profile.phone();
    notificationEmail = profile.notificationEmail();
    dailyDigest = profile.dailyDigest();
    smsOptIn = profile.smsOptIn();
  }

  public void saveNotificationChoice() throws IOException {
    try {
      if (profile.smsOffered()) {
        profiles.chooseSms(currentUser.actor(), smsOptIn);
      }
      profiles.chooseDailyDigest(currentUser.actor(), dailyDigest);
      Pages.redirect("/profile.xhtml?choiceSaved=true");
    } catch (ValidationException e) {
      Pages.error(e.getMessage());
    }
  }

  public boolean isSmsOptIn() {
    return smsOptIn;
  }

  public void setSmsOptIn(boolean smsOptIn) {
    this.smsOptIn = smsOptIn;
  }

  public boolean isDailyDigest() {
    return dailyDigest;
  }

  public void setDailyDigest(boolean dailyDigest) {
    this.dailyDigest = dailyDigest;
  }

  public void saveContactDetails() throws IOException {
    try {
      profiles.updateContactDetails(currentUser.actor(), displayName, phone, notificationEmail);
      Pages.redirect("/profile.xhtml?saved=true");
    } catch (ValidationException e) {
      Pages.error(e.getMessage());
    }
  }

  public void changePassword() throws IOException {
    try {
      profiles.changePassword(currentUser.actor(), currentPassword, newPassword, confirmation);
      Pages.redirect("/profile.xhtml?passwordChanged=true");
    } catch (ValidationException e) {
      Pages.error(e.getMessage());
    }
  }

  public List<LoginRecord> getRecentLogins() {
    return profiles.loginHistory(currentUser.actor(), new PageRequest(0, RECENT_LOGINS)).items();
  }

  public Profile getProfile() {
    return profile;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getNotificationEmail() {
    return notificationEmail;
  }

  public void setNotificationEmail(String notificationEmail) {
    this.notificationEmail = notificationEmail;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
