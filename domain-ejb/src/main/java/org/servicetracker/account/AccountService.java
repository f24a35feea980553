package org.servicetracker.account;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.ConflictException;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.shared.ValidationException;

/**
 * The customer accounts (A1): offered to staff choosing one (inviting users, new orders); opened,
 * renamed, given sites, and retired or reinstated by dispatchers and administrators. A retired
 * account, site or contact keeps its orders and invoices but is no longer offered for new work.
 */
@Stateless
public class AccountService {
  private static final String OPTION =
      "SELECT NEW org.servicetracker.account.AccountOption(a.id, a.name, a.retiredAt)"
          + " FROM CustomerAccount a";

  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  @Inject Event<AccountRetired> accountRetired;

  /**
   * The accounts new work may be for: every current one for staff and organisation clients, its own
   * for an account-scoped caller.
   */
  public List<AccountOption> accounts(Actor actor) {
    if (actor.isAccountScoped()) {
      return em.createQuery(OPTION + " WHERE a.id = :own", AccountOption.class)
          .setParameter("own", actor.accountId())
          .getResultList();
    }
    actor.requireStaffOrOrganisationClient();
    return em.createQuery(
            OPTION + " WHERE a.retiredAt IS NULL ORDER BY a.name", AccountOption.class)
        .getResultList();
  }

  /** Every account, retired ones last, for the account directory. */
  public List<AccountOption> directory(Actor actor) {
    actor.requireDesk("Customer accounts are managed by dispatchers and administrators.");
    return em.createQuery(
            OPTION + " ORDER BY CASE WHEN a.retiredAt IS NULL THEN 0 ELSE 1 END, a.name",
            AccountOption.class)
        .getResultList();
  }

  /** One account, retired or not, for its page in the account directory. */
  public AccountOption account(Actor actor, long accountId) {
    actor.requireDesk("Customer accounts are managed by dispatchers and administrators.");
    return em.createQuery(OPTION + " WHERE a.id = :id", AccountOption.class)
        .setParameter("id", accountId)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("No customer account " + accountId + "."));
  }

  /** Opens a customer account; returns its id. */
  public long open(Actor actor, String name) {
    actor.requireDesk("Customer accounts are managed by dispatchers and administrators.");
    CustomerAccount account = new CustomerAccount(uniqueName(name, null));
    em.persist(account);
    em.flush();
    return account.getId();
  }

  public void rename(Actor actor, long accountId, String name) {
    actor.requireDesk("Customer accounts are managed by dispatchers and administrators.");
    find(CustomerAccount.class, accountId).rename(uniqueName(name, accountId));
  }

  /** Every site of the account, retired ones included, for the account directory. */
  public List<SiteView> sites(Actor actor, long accountId) {
    actor.requireDesk("Customer accounts are managed by dispatchers and administrators.");
    return em.createQuery(
            "SELECT s FROM Site s WHERE s.account.id = :account ORDER BY s.name, s.id", Site.class)
        .setParameter("account", accountId)
        .getResultStream()
        .map(SiteView::of)
        .toList();
  }

  /** Adds a site (an address where service happens) to the account; returns its id. */
  public long addSite(Actor actor, long accountId, NewSite site) {
    actor.requireDesk("Customer accounts are managed by dispatchers and administrators.");
    CustomerAccount account = em.find(CustomerAccount.class, accountId);
    if (account == null) {
      throw new ValidationException("accountId", "Choose the customer account.");
    }
    NewSite address = checked(site);
    Site created =
        new Site(
            account,
            address.name(),
            address.street(),
            address.city(),
            address.postalCode(),
            address.country());
    em.persist(created);
    em.flush();
    return created.getId();
  }

  /** Corrects a site's name or address; orders and assets at the site follow. */
  public void changeSite(Actor actor, long siteId, NewSite site) {
    actor.requireDesk("Customer accounts are managed by dispatchers and administrators.");
    find(Site.class, siteId).moveTo(checked(site));
  }

  /**
   * Retires (or reinstates) an account, site or contact. Retiring an account also deactivates its
   * portal users, whose open sessions end at their next request; reinstating it leaves them
   * deactivated, to be let in again one by one.
   */
  public void retire(Actor actor, Class<? extends Retirable> kind, long id, boolean retired) {
    actor.requireDesk("Customer accounts are managed by dispatchers and administrators.");
    Retirable found = find(kind, id);
    found.setRetiredAt(retired ? Instant.now() : null);
    if (retired && found instanceof CustomerAccount) {
      accountRetired.fire(new AccountRetired(id));
    }
  }

  private <T> T find(Class<T> kind, long id) {
    T found = em.find(kind, id);
    if (found == null) {
      throw new NotFoundException("No " + kind.getSimpleName() + " " + id + ".");
    }
    return found;
  }

  private String uniqueName(String name, Long except) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty() || trimmed.length() > 200) {
      throw new ValidationException("name", "Enter the customer's name (at most 200 characters).");
    }
    long same =
        em.createQuery(
                "SELECT COUNT(a) FROM CustomerAccount a WHERE LOWER(a.name) = LOWER(:name)"
                    + " AND a.id <> :except",
                Long.class)
            .setParameter("name", trimmed)
            .setParameter("except", except == null ? -1L : except)
            .getSingleResult();
    if (same > 0) {
      throw new ConflictException("There is already a customer called " + trimmed + ".");
    }
    return trimmed;
  }

  private static NewSite checked(NewSite site) {
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
    return new NewSite(name, street, city, postalCode, country);
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
}
