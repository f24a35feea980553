package org.servicetracker.portal.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The sign-out button of the layout: ends the container login and the session. */
@Named
@RequestScoped
public class SignOutBacking {

  public void signOut() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
  }
}
