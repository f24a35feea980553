package org.servicetracker.identity;

import java.util.Optional;

/**
 * The answer to a sign-in attempt: the user on success, otherwise the outcome and a message that is
 * safe to show (it never tells whether an account exists to someone who does not know its
 * password).
 */
public record SignInResult(LoginOutcome outcome, SignedInUser user, String message) {

  static SignInResult success(SignedInUser user) {
    return new SignInResult(LoginOutcome.SUCCESS, user, null);
  }

  static SignInResult refused(LoginOutcome outcome, String message) {
    return new SignInResult(outcome, null, message);
  }

  public Optional<SignedInUser> signedIn() {
    return Optional.ofNullable(user);
  }
}
