package org.servicetracker.organisation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
