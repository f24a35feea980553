package org.servicetracker.identity;

import java.util.Set;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.Role;

/**
 * The signed-in person as the web modules keep it: enough to show the header and to build an {@link
 * Actor}.
 */
public record SignedInUser(
    long id, String email, String displayName, Set<Role> roles, Long accountId, String accountName)
    implements java.io.Serializable {

  static SignedInUser of(AppUser user) {
    return new SignedInUser(
        user.getId(),
        user.getEmail(),
        user.getDisplayName(),
        user.getRoles(),
        user.getAccount() == null ? null : user.getAccount().getId(),
        user.getAccount() == null ? null : user.getAccount().getName());
  }

  public Actor toActor() {
    return new Actor(id, displayName, roles, accountId);
  }
}
