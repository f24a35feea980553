package org.servicetracker.portal.identity;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.servicetracker.identity.PasswordResetService;
import org.servicetracker.identity.PasswordResetToken;
import org.servicetracker.shared.ValidationException;
import org.servicetracker.web.Pages;

/** reset.xhtml: opened from the mailed link; sets a new password once. */
@Named
@ViewScoped
public class ResetBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PasswordResetService resets;

  private String token;
  private PasswordResetToken.State state;
  private String password;
  private String confirmation;

  public void onLoad() {
    if (state == null) {
      state = resets.check(token);
    }
  }

  public void reset() throws IOException {
    try {
      resets.resetPassword(token, password, confirmation);
    } catch (ValidationException e) {
      Pages.error(e.getMessage());
      state = resets.check(token);
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?passwordChanged=true");
  }

  public boolean isUsable() {
    return state == PasswordResetToken.State.VALID;
  }

  public String getProblem() {
    return state == null || isUsable() ? null : PasswordResetService.stateMessage(state);
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
