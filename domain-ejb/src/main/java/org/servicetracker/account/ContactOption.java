package org.servicetracker.account;

import java.io.Serializable;
import java.time.Instant;

/** A contact person as choice lists and the account directory show it. */
public record ContactOption(long id, String name, String email, String phone, boolean retired)
    implements Serializable {

  /** For JPQL constructor expressions. */
  public ContactOption(long id, String name, String email, String phone, Instant retiredAt) {
    this(id, name, email, phone, retiredAt != null);
  }

  public String label() {
    return name + (email == null ? "" : " · " + email) + (phone == null ? "" : " · " + phone);
  }
}
