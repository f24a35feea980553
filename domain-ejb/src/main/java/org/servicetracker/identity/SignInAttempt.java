package org.servicetracker.identity;

/** Where a sign-in attempt came from, as recorded in the login audit. */
public record SignInAttempt(Application application, String address, String userAgent) {

  public SignInAttempt {
    address = address == null ? "unknown" : truncate(address, 64);
    userAgent = userAgent == null ? null : truncate(userAgent, 512);
  }

  private static String truncate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
