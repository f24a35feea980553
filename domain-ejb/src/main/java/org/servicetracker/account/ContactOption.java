package org.servicetracker.account;

import java.io.Serializable;

/** A contact person as choice lists show it. */
public record ContactOption(long id, String name, String email, String phone)
    implements Serializable {

  public String label() {
    return name + (email == null ? "" : " · " + email) + (phone == null ? "" : " · " + phone);
  }
}
