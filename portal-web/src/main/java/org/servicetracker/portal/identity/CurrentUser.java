package org.servicetracker.portal.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.servicetracker.identity.SignedInUser;
import org.servicetracker.shared.AccessDeniedException;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.Role;

/** The customer signed in for this request, as {@link PortalAuthentication} admitted them. */
@Named
@RequestScoped
public class CurrentUser {
  @Inject HttpServletRequest request;

  public boolean isSignedIn() {
    return request.getAttribute(PortalAuthentication.USER) != null;
  }

  public SignedInUser get() {
    Object user = request.getAttribute(PortalAuthentication.USER);
    if (user == null) {
      throw new AccessDeniedException("Please sign in.");
    }
    return (SignedInUser) user;
  }

  public Actor actor() {
    return get().toActor();
  }

  public String getDisplayName() {
    return get().displayName();
  }

  public String getAccountName() {
    return get().accountName();
  }

  public boolean isAdmin() {
    return get().roles().contains(Role.CUSTOMER_ADMIN);
  }
}
