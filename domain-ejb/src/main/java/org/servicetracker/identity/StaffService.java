package org.servicetracker.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.servicetracker.shared.AccessDeniedException;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.shared.Role;
import org.servicetracker.shared.ValidationException;

/**
 * A3: the service organisation's staff and their roles, managed by administrators. A deactivated
 * user's open sessions end at their next request; administrators cannot lock themselves out.
 */
@Stateless
public class StaffService {
  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  @Inject UserRepository users;

  public List<StaffMember> staff(Actor actor) {
    requireAdmin(actor);
    return em.createQuery(
            "SELECT DISTINCT u FROM AppUser u JOIN u.roles r WHERE r IN :roles ORDER BY u.displayName",
            AppUser.class)
        .setParameter("roles", Role.STAFF_ROLES)
        .getResultStream()
        .map(
            u ->
                new StaffMember(
                    u.getId(),
                    u.getDisplayName(),
                    u.getEmail(),
                    Set.copyOf(u.getRoles()),
                    u.isActive()))
        .toList();
  }

  public void changeRoles(Actor actor, long userId, Set<Role> roles) {
    requireAdmin(actor);
    AppUser user = staffMember(userId);
    if (user.getId().equals(actor.userId()) && !roles.contains(Role.ADMIN)) {
      throw new ValidationException("roles", "You cannot take away your own administrator role.");
    }
    user.changeStaffRoles(roles);
  }

  public void deactivate(Actor actor, long userId) {
    requireAdmin(actor);
    AppUser user = staffMember(userId);
    if (user.getId().equals(actor.userId())) {
      throw new ValidationException("user", "You cannot deactivate yourself.");
    }
    user.deactivate();
  }

  private AppUser staffMember(long userId) {
    AppUser user = users.findById(userId).orElse(null);
    if (user == null || user.isCustomer()) {
      throw new NotFoundException("No member of staff " + userId + ".");
    }
    return user;
  }

  private static void requireAdmin(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new AccessDeniedException("Staff and roles are managed by administrators.");
    }
  }
}
