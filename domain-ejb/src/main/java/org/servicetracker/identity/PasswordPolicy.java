package org.servicetracker.identity;

import org.servicetracker.shared.ValidationException;

/** What a new password must be. */
final class PasswordPolicy {
  static final int MIN_LENGTH = 8;
  static final int MAX_LENGTH = 200;

  private PasswordPolicy() {}

  static void check(String password, String confirmation, String email) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new ValidationException(
          "password", "The password must have at least " + MIN_LENGTH + " characters.");
    }
    if (password.length() > MAX_LENGTH) {
      throw new ValidationException(
          "password", "The password must have at most " + MAX_LENGTH + " characters.");
    }
    if (password.equalsIgnoreCase(email)) {
      throw new ValidationException("password", "The password must not be your e-mail address.");
    }
    if (!password.equals(confirmation)) {
      throw new ValidationException("confirmation", "The two passwords do not match.");
    }
  }
}
