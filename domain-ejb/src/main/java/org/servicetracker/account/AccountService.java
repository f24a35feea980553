package org.servicetracker.account;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.servicetracker.shared.AccessDeniedException;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.ConflictException;
import org.servicetracker.shared.Role;
import org.servicetracker.shared.ValidationException;

/**
 * The customer accounts (A1): listed for staff choosing one (inviting users, new orders); opened
 * and given sites by dispatchers and administrators.
 */
@Stateless
public class AccountService {
  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  public List<AccountOption> accounts(Actor actor) {
    actor.requireStaff();
    return em.createQuery(
            "SELECT NEW org.servicetracker.account.AccountOption(a.id, a.name) FROM CustomerAccount a"
                + " ORDER BY a.name",
            AccountOption.class)
        .getResultList();
  }

  /** Opens a customer account; returns its id. */
  public long open(Actor actor, String name) {
    requireDesk(actor);
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty() || trimmed.length() > 200) {
      throw new ValidationException("name", "Enter the customer's name (at most 200 characters).");
    }
    long same =
        em.createQuery(
                "SELECT COUNT(a) FROM CustomerAccount a WHERE LOWER(a.name) = LOWER(:name)",
                Long.class)
            .setParameter("name", trimmed)
            .getSingleResult();
    if (same > 0) {
      throw new ConflictException("There is already a customer called " + trimmed + ".");
    }
    CustomerAccount account = new CustomerAccount(trimmed);
    em.persist(account);
    em.flush();
    return account.getId();
  }

  /** Adds a site (an address where service happens) to the account; returns its id. */
  public long addSite(Actor actor, long accountId, NewSite site) {
    requireDesk(actor);
    CustomerAccount account = em.find(CustomerAccount.class, accountId);
    if (account == null) {
      throw new ValidationException("accountId", "Choose the customer account.");
    }
    String name = required(site.name(), "siteName", "Give the site a name.", 200);
    String street = required(site.street(), "street", "Enter the street.", 200);
    String city = required(site.city(), "city", "Enter the city.", 100);
    String postalCode = required(site.postalCode(), "postalCode", "Enter the postal code.", 20);
    String country =
        required(site.country(), "country", "Enter the country code.", 2).toUpperCase(Locale.ROOT);
    if (!country.matches("[A-Z]{2}")) {
      throw new ValidationException(
          "country", "The country is a two-letter code such as DE or US.");
    }
    Site created = new Site(account, name, street, city, postalCode, country);
    em.persist(created);
    em.flush();
    return created.getId();
  }

  private static String required(String value, String field, String missing, int max) {
    if (value == null || value.isBlank()) {
      throw new ValidationException(field, missing);
    }
    if (value.strip().length() > max) {
      throw new ValidationException(field, "At most " + max + " characters.");
    }
    return value.strip();
  }

  private static void requireDesk(Actor actor) {
    if (!actor.has(Role.DISPATCHER) && !actor.has(Role.ADMIN)) {
      throw new AccessDeniedException(
          "Customer accounts are managed by dispatchers and administrators.");
    }
  }
}
