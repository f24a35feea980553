package org.servicetracker.quote;

/** Where a line stands: undecided, approved, declined, or waiting for the service team's answer. */
public enum Decision {
  PENDING,
  APPROVED,
  DECLINED,
  CLARIFY;

  /** Approved and declined cannot change any more. */
  public boolean isFinal() {
    return this == APPROVED || this == DECLINED;
  }
}
