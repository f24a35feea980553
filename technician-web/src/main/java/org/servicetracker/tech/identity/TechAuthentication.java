package org.servicetracker.tech.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Collectors;
import org.servicetracker.identity.Application;
import org.servicetracker.identity.SignInAttempt;
import org.servicetracker.identity.SignInResult;
import org.servicetracker.identity.SignInService;
import org.servicetracker.identity.SignedInUser;
import org.servicetracker.web.SignInMetrics;

/**
 * Form sign-in for staff (technicians, dispatchers, administrators). The login page hands the
 * credential over through {@code SecurityContext.authenticate}; on success the session id is
 * rotated and the user is kept in the session. Every later request re-checks the user, so a
 * deactivated user's open session stops working at its next request.
 */
@ApplicationScoped
public class TechAuthentication implements HttpAuthenticationMechanism {
  static final String USER = "st.user";
  static final String SIGN_IN_ERROR = "st.signInError";

  @Inject SignInService signIn;
  @Inject SignInMetrics metrics;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.getAuthParameters().getCredential()
        instanceof UsernamePasswordCredential credential) {
      return signIn(request, context, credential);
    }
    if (isStaticResource(request)) {
      // Scripts, styles and images are public: no need to look the user up again for each of them.
      return context.doNothing();
    }
    HttpSession session = request.getSession(false);
    SignedInUser kept = session == null ? null : (SignedInUser) session.getAttribute(USER);
    if (kept != null) {
      Optional<SignedInUser> current = signIn.stillSignedIn(kept.id(), Application.TECH);
      if (current.isPresent()) {
        return admit(request, context, current.get());
      }
      session.invalidate();
    }
    if (context.isProtected()) {
      return context.redirect(request.getContextPath() + "/login.xhtml?next=" + next(request));
    }
    return context.doNothing();
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request,
      HttpMessageContext context,
      UsernamePasswordCredential credential) {
    SignInAttempt attempt =
        new SignInAttempt(
            Application.TECH, request.getRemoteAddr(), request.getHeader("User-Agent"));
    SignInResult result =
        signIn.signIn(credential.getCaller(), credential.getPasswordAsString(), attempt);
    if (result.signedIn().isEmpty()) {
      metrics.refused(attempt.application(), result.outcome());
      request.setAttribute(SIGN_IN_ERROR, result.message());
      return AuthenticationStatus.SEND_FAILURE;
    }
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setAttribute(USER, result.user());
    return admit(request, context, result.user());
  }

  private static AuthenticationStatus admit(
      HttpServletRequest request, HttpMessageContext context, SignedInUser user) {
    request.setAttribute(USER, user);
    return context.notifyContainerAboutLogin(
        user.email(), user.roles().stream().map(Enum::name).collect(Collectors.toSet()));
  }

  private static String next(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String query = request.getQueryString();
    return URLEncoder.encode(query == null ? path : path + "?" + query, StandardCharsets.UTF_8);
  }

  private static boolean isStaticResource(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }
}
