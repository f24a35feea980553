package org.servicetracker.organisation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.servicetracker.shared.AccessDeniedException;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.Role;

/** Reads the organisation settings for every feature; only administrators change them. */
@Stateless
public class OrganisationService {
  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  public boolean isSmsEnabled() {
    return settings().isSmsEnabled();
  }

  /** The dispatcher on call, who receives urgent alerts; empty when none is designated. */
  public Optional<Long> onCallDispatcher() {
    return Optional.ofNullable(settings().getOnCallDispatcherId());
  }

  /** Dispatchers hand the on-call duty on; administrators may too. */
  public void putOnCall(Actor actor, Long dispatcherId) {
    if (!actor.has(Role.ADMIN) && !actor.has(Role.DISPATCHER)) {
      throw new AccessDeniedException("Only dispatchers and administrators set who is on call.");
    }
    settings().putOnCall(dispatcherId);
  }

  public void enableSms(Actor actor, boolean enabled) {
    if (!actor.has(Role.ADMIN)) {
      throw new AccessDeniedException("Organisation settings are for administrators only.");
    }
    settings().enableSms(enabled);
  }

  private OrganisationSettings settings() {
    return em.find(OrganisationSettings.class, OrganisationSettings.ID);
  }
}
