package org.servicetracker.identity;

import java.io.Serializable;
import java.util.Set;
import org.servicetracker.shared.Role;

/** A member of staff as the administrators' staff page shows them. */
public record StaffMember(long id, String name, String email, Set<Role> roles, boolean active)
    implements Serializable {

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
