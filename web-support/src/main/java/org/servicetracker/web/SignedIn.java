package org.servicetracker.web;

import jakarta.servlet.http.HttpServletRequest;
import org.servicetracker.identity.SignedInUser;
import org.servicetracker.shared.AccessDeniedException;
import org.servicetracker.shared.Actor;

/** The user each web module's authentication mechanism put on the request ({@value #ATTRIBUTE}). */
public final class SignedIn {
  public static final String ATTRIBUTE = "st.user";

  private SignedIn() {}

  public static Actor actor(HttpServletRequest request) {
    Object user = request.getAttribute(ATTRIBUTE);
    if (!(user instanceof SignedInUser signedIn)) {
      throw new AccessDeniedException("Please sign in.");
    }
    return signedIn.toActor();
  }
}
