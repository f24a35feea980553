package org.servicetracker.tech.identity;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.servicetracker.web.Pages;

/** login.xhtml: e-mail and password, then back to the page they wanted. */
@Named
@RequestScoped
public class LoginBacking {
  @Inject SecurityContext security;
  @Inject CurrentUser currentUser;

  private String email;
  private String password;
  private String next;

  /** Someone already signed in who opens the login page goes straight to the dashboard. */
  public void onLoad() throws IOException {
    if (currentUser.isSignedIn()) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }
  }

  public void signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(email, new Password(password))));
    switch (status) {
      case SUCCESS ->
          external.redirect(
              external.getRequestContextPath() + (Pages.isLocalPath(next) ? next : "/index.xhtml"));
      case SEND_CONTINUE -> faces.responseComplete();
      default -> Pages.error((String) request.getAttribute(TechAuthentication.SIGN_IN_ERROR));
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
