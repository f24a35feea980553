package org.servicetracker.shared;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is calling a service: a signed-in user or an API client. Services scope every query of tenant
 * data with it, so a page or resource cannot forget tenancy.
 *
 * @param userId the user, or {@code null} for an API client
 * @param name shown as the author of what the actor writes
 * @param roles what the actor may do
 * @param accountId the customer account the actor is confined to, or {@code null} for the whole
 *     organisation
 */
public record Actor(Long userId, String name, Set<Role> roles, Long accountId) {

  public Actor {
    roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isStaff() {
    return roles.stream().anyMatch(Role.STAFF_ROLES::contains);
  }

  /**
   * True when the actor is confined to one customer account (customers and account-scoped API
   * clients).
   */
  public boolean isAccountScoped() {
    return accountId != null;
  }

  /** Whether the actor may see data of the given customer account. */
  public boolean canSeeAccount(long account) {
    return !isAccountScoped() || accountId == account;
  }

  /** An API client of the whole service organisation (enterprise IT of the organisation). */
  public boolean isOrganisationClient() {
    return has(Role.API_CLIENT) && !isAccountScoped();
  }

  /** Whether internal (staff-only) notes and details may be shown to this actor. */
  public boolean seesInternal() {
    return isStaff() || isOrganisationClient();
  }

  /** Staff, or an API client of the whole organisation: may act on any account's behalf. */
  public void requireStaffOrOrganisationClient() {
    if (!isStaff() && !isOrganisationClient()) {
      throw new AccessDeniedException("This action is for service staff only.");
    }
  }

  /**
   * The same actor looking at one customer account only (staff choosing among an account's sites
   * and assets); an actor confined already stays as it is.
   */
  public Actor confinedTo(long account) {
    return isAccountScoped() ? this : new Actor(userId, name, roles, account);
  }

  public void requireStaff() {
    if (!isStaff()) {
      throw new AccessDeniedException("This action is for service staff only.");
    }
  }

  /** Dispatchers and administrators: the service desk, who run accounts, stock and invitations. */
  public void requireDesk(String refusal) {
    if (!has(Role.DISPATCHER) && !has(Role.ADMIN)) {
      throw new AccessDeniedException(refusal);
    }
  }
}
