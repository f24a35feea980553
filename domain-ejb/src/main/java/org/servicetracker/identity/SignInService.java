package org.servicetracker.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Checks e-mail and password for one application and records every attempt in the login audit.
 * Rules: throttled attempts are refused before the password is looked at; unknown e-mail and wrong
 * password are indistinguishable; inactive users, demo users outside demo mode and users of the
 * other application are refused with a clear reason once their password is proven.
 */
@Stateless
public class SignInService {
  private static final Logger LOG = Logger.getLogger(SignInService.class.getName());
  static final String BAD_CREDENTIALS = "The e-mail address or password is not correct.";
  static final String THROTTLED =
      "Too many failed attempts. For your security, sign-in is paused for a few minutes; please try again later.";

  /** Verified against when the user does not exist, so that both cases take the same time. */
  private static final String DUMMY_HASH = new PasswordHasher().hash("not-a-password");

  @Inject UserRepository users;
  @Inject IdentitySettings settings;
  private final PasswordHasher hasher = new PasswordHasher();

  public SignInResult signIn(String email, String password, SignInAttempt attempt) {
    String normalised = AppUser.normalise(email);
    Instant now = Instant.now();
    LoginThrottle throttle = settings.throttle();
    Optional<Instant> lockedUntil =
        throttle.lockedUntil(
            users.recentFailuresForEmail(
                normalised, throttle.windowStart(now), throttle.maxAccountFailures()),
            users.recentFailuresForAddress(
                attempt.address(), throttle.windowStart(now), throttle.maxAddressFailures()),
            now);
    Optional<AppUser> user = users.findByEmail(normalised);
    Long userId = user.map(AppUser::getId).orElse(null);
    if (lockedUntil.isPresent()) {
      LOG.warning(() -> "Sign-in throttled for " + normalised + " from " + attempt.address());
      return refuse(now, normalised, userId, LoginOutcome.THROTTLED, attempt, THROTTLED);
    }
    boolean passwordOk =
        hasher.matches(
            password == null ? "" : password,
            user.map(AppUser::getPasswordHash).orElse(DUMMY_HASH));
    if (user.isEmpty() || !passwordOk) {
      return refuse(now, normalised, userId, LoginOutcome.FAILED, attempt, BAD_CREDENTIALS);
    }
    AppUser found = user.get();
    if (!found.isActive()) {
      return refuse(
          now,
          normalised,
          userId,
          LoginOutcome.INACTIVE,
          attempt,
          "This account has been deactivated. Please contact your service organisation.");
    }
    if (found.isDemo() && !settings.demoEnabled()) {
      return refuse(
          now,
          normalised,
          userId,
          LoginOutcome.DEMO_DISABLED,
          attempt,
          "Demo accounts can only sign in while the server runs in demo mode.");
    }
    if (!attempt.application().admits(found)) {
      return refuse(
          now,
          normalised,
          userId,
          LoginOutcome.WRONG_APPLICATION,
          attempt,
          found.isCustomer()
              ? "This sign-in is for service staff. Customers sign in to the customer portal."
              : "This sign-in is for customers. Staff sign in to the technician app.");
    }
    users.record(new LoginAuditEntry(now, normalised, userId, LoginOutcome.SUCCESS, attempt));
    return SignInResult.success(SignedInUser.of(found));
  }

  /**
   * The user as they are now, if they may still use the given application: called on every request
   * so that a deactivated user's open session stops working at once.
   */
  public Optional<SignedInUser> stillSignedIn(long userId, Application application) {
    return users
        .findById(userId)
        .filter(AppUser::isActive)
        .filter(u -> !u.isDemo() || settings.demoEnabled())
        .filter(application::admits)
        .map(SignedInUser::of);
  }

  private SignInResult refuse(
      Instant now,
      String email,
      Long userId,
      LoginOutcome outcome,
      SignInAttempt attempt,
      String message) {
    users.record(new LoginAuditEntry(now, email, userId, outcome, attempt));
    return SignInResult.refused(outcome, message);
  }
}
