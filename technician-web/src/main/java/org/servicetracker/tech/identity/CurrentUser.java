package org.servicetracker.tech.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.servicetracker.identity.SignedInUser;
import org.servicetracker.shared.AccessDeniedException;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.Role;

/** The member of staff signed in for this request, as {@link TechAuthentication} admitted them. */
@Named
@RequestScoped
public class CurrentUser {
  @Inject HttpServletRequest request;

  public boolean isSignedIn() {
    return request.getAttribute(TechAuthentication.USER) != null;
  }

  public SignedInUser get() {
    Object user = request.getAttribute(TechAuthentication.USER);
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

  /** Dispatchers and administrators run the service desk (invitations, on call). */
  public boolean isDesk() {
    return get().roles().contains(Role.DISPATCHER) || isAdmin();
  }

  public boolean isAdmin() {
    return get().roles().contains(Role.ADMIN);
  }

  public String getRoleNames() {
    return get().roles().stream()
        .map(r -> r.name().charAt(0) + r.name().substring(1).toLowerCase())
        .sorted()
        .reduce((a, b) -> a + ", " + b)
        .orElse("");
  }
}
