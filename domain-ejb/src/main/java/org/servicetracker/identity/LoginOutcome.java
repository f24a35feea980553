package org.servicetracker.identity;

/** What became of a sign-in attempt. Only {@link #FAILED} counts towards throttling. */
public enum LoginOutcome {
  SUCCESS,
  FAILED,
  THROTTLED,
  INACTIVE,
  WRONG_APPLICATION,
  DEMO_DISABLED
}
