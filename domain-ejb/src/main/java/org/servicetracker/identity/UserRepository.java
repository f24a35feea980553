package org.servicetracker.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.shared.Role;

/** Users and their sign-in history. */
@ApplicationScoped
public class UserRepository {
  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  public Optional<AppUser> findByEmail(String email) {
    return em.createQuery("SELECT u FROM AppUser u WHERE LOWER(u.email) = :email", AppUser.class)
        .setParameter("email", AppUser.normalise(email))
        .getResultStream()
        .findFirst();
  }

  public Optional<AppUser> findById(long id) {
    return Optional.ofNullable(em.find(AppUser.class, id));
  }

  public AppUser getById(long id) {
    return findById(id).orElseThrow(() -> new NotFoundException("User " + id + " was not found."));
  }

  /** Active users holding the role, for alerts. */
  public List<AppUser> activeWithRole(Role role) {
    return em.createQuery(
            "SELECT u FROM AppUser u WHERE u.active = TRUE AND :role MEMBER OF u.roles ORDER BY u.id",
            AppUser.class)
        .setParameter("role", role)
        .getResultList();
  }

  /** Every portal user of a customer account, active or not, by name. */
  public List<AppUser> customersOf(long accountId) {
    return em.createQuery(
            "SELECT u FROM AppUser u WHERE u.account.id = :account ORDER BY u.displayName, u.id",
            AppUser.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  /** The active portal users of a customer account. */
  public List<AppUser> activeCustomersOf(long accountId) {
    return em.createQuery(
            "SELECT u FROM AppUser u WHERE u.active = TRUE AND u.account.id = :account ORDER BY u.id",
            AppUser.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  public void add(AppUser user) {
    em.persist(user);
  }

  public void record(LoginAuditEntry entry) {
    em.persist(entry);
  }

  List<Instant> recentFailuresForEmail(String email, Instant since, int limit) {
    return em.createQuery(
            "SELECT a.occurredAt FROM LoginAuditEntry a WHERE LOWER(a.email) = :email AND a.outcome = :failed"
                + " AND a.occurredAt > :since ORDER BY a.occurredAt DESC",
            Instant.class)
        .setParameter("email", AppUser.normalise(email))
        .setParameter("failed", LoginOutcome.FAILED)
        .setParameter("since", since)
        .setMaxResults(limit)
        .getResultList();
  }

  List<Instant> recentFailuresForAddress(String address, Instant since, int limit) {
    return em.createQuery(
            "SELECT a.occurredAt FROM LoginAuditEntry a WHERE a.address = :address AND a.outcome = :failed"
                + " AND a.occurredAt > :since ORDER BY a.occurredAt DESC",
            Instant.class)
        .setParameter("address", address)
        .setParameter("failed", LoginOutcome.FAILED)
        .setParameter("since", since)
        .setMaxResults(limit)
        .getResultList();
  }
}
