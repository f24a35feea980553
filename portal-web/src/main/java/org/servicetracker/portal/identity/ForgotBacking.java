package org.servicetracker.portal.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicetracker.identity.Application;
import org.servicetracker.identity.PasswordResetService;

/**
 * forgot.xhtml: asks for a reset link. The answer is the same whether or not the address has an
 * account.
 */
@Named
@RequestScoped
public class ForgotBacking {
  @Inject PasswordResetService resets;

  @Inject
  @ConfigProperty(name = "st.public-url", defaultValue = "http://localhost:9080")
  String publicUrl;

  private String email;
  private boolean sent;

  public void send() {
    resets.requestReset(email, Application.PORTAL, publicUrl + "/portal/reset.xhtml");
    sent = true;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isSent() {
    return sent;
  }
}
