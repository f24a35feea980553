package org.servicetracker.account;

import java.io.Serializable;
import java.time.Instant;

/** A customer account as choice lists and the account directory show it. */
public record AccountOption(long id, String name, boolean retired) implements Serializable {

  /** For JPQL constructor expressions. */
  public AccountOption(long id, String name, Instant retiredAt) {
    this(id, name, retiredAt != null);
  }
}
