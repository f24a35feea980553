package org.servicetracker.account;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.CappedPages;
import org.servicetracker.shared.ConflictException;
import org.servicetracker.shared.Like;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.shared.Page;
import org.servicetracker.shared.PageRequest;
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
   * A page of the accounts new work may be for (every current one for staff and organisation
   * clients, its own for an account-scoped caller), by name; only those whose name contains {@code
   * text} when one is given. Counted up to {@link CappedPages#COUNT_LIMIT}.
   */
  public Page<AccountOption> accounts(Actor actor, String text, PageRequest page) {
    requireNewWorkCaller(actor);
    return listed(
        new Listing(text, true, actor.isAccountScoped() ? actor.accountId() : null), page);
  }

  /**
   * A page of the account directory: current accounts first, then retired ones, each by name; only
   * those whose name contains {@code text} when one is given. Counted up to {@link
   * CappedPages#COUNT_LIMIT}.
   */
  public Page<AccountOption> directory(Actor actor, String text, PageRequest page) {
    actor.requireDesk("Customer accounts are managed by dispatchers and administrators.");
    return listed(new Listing(text, false, null), page);
  }

  /**
   * Which accounts a list holds: those whose name contains {@code text} (all when it is blank),
   * current ones only or retired ones too, and only {@code own} when it is given.
   */
  private record Listing(String text, boolean currentOnly, Long own) {
    boolean searches() {
      return text != null && !text.isBlank();
    }
  }

  private Page<AccountOption> listed(Listing listing, PageRequest page) {
    return CappedPages.read(
        page,
        CappedPages.COUNT_LIMIT,
        n -> listedIds(listing, 0, n),
        this::options,
        (offset, size) -> options(listedIds(listing, offset, size)));
  }

  /**
   * The listed accounts' ids in the directory's order, read through an index of that order
   * (migration V31): current accounts come first in it, so a list of current ones stops there.
   */
  private List<Long> listedIds(Listing listing, int offset, int limit) {
    Query query =
        em.createNativeQuery(
                "SELECT id FROM customer_account WHERE true"
                    + (listing.currentOnly() ? " AND retired_at IS NULL" : "")
                    + (listing.own() != null ? " AND id = ?4" : "")
                    + (listing.searches() ? " AND lower(name) LIKE ?3" + Like.ESCAPE : "")
                    + " ORDER BY retired_at IS NOT NULL, lower(name), id OFFSET ?1 LIMIT ?2")
            .setParameter(1, offset)
            .setParameter(2, limit);
    if (listing.searches()) {
      query.setParameter(3, Like.contains(listing.text()));
    }
    if (listing.own() != null) {
      query.setParameter(4, listing.own());
    }
    return ids(query);
  }

  /**
   * Up to {@code limit} accounts new work may be for (see {@link #accounts(Actor, String,
   * PageRequest)}) whose name contains {@code text}, those it starts first, then by name: the
   * suggestions of an account picker. Bounded by the matches (a trigram index, migration V31), not
   * by the number of accounts.
   */
  public List<AccountOption> suggestions(Actor actor, String text, int limit) {
    requireNewWorkCaller(actor);
    String contains = Like.contains(text == null ? "" : text);
    String startsWith = contains.substring(1);
    Query query =
        em.createNativeQuery(
                "SELECT id FROM customer_account WHERE retired_at IS NULL AND lower(name) LIKE ?1"
                    + Like.ESCAPE
                    + (actor.isAccountScoped() ? " AND id = ?4" : "")
                    + " ORDER BY lower(name) NOT LIKE ?2"
                    + Like.ESCAPE
                    + ", lower(name), id LIMIT ?3")
            .setParameter(1, contains)
            .setParameter(2, startsWith)
            .setParameter(3, limit);
    if (actor.isAccountScoped()) {
      query.setParameter(4, actor.accountId());
    }
    return options(ids(query));
  }

  /**
   * The account if new work may be for it (see {@link #accounts(Actor, String, PageRequest)}):
   * current, and the caller's.
   */
  public Optional<AccountOption> current(Actor actor, long accountId) {
    requireNewWorkCaller(actor);
    if (!actor.canSeeAccount(accountId)) {
      return Optional.empty();
    }
    return em.createQuery(OPTION + " WHERE a.id = :id AND a.retiredAt IS NULL", AccountOption.class)
        .setParameter("id", accountId)
        .getResultStream()
        .findFirst();
  }

  /** Staff, an organisation's API client, or a caller of one account (who is offered their own). */
  private static void requireNewWorkCaller(Actor actor) {
    if (!actor.isAccountScoped()) {
      actor.requireStaffOrOrganisationClient();
    }
  }

  /** The accounts with these ids, in their order. */
  private List<AccountOption> options(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, AccountOption> byId =
        em.createQuery(OPTION + " WHERE a.id IN :ids", AccountOption.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.toMap(AccountOption::id, a -> a));
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  private static List<Long> ids(Query query) {
    return ((List<?>) query.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
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
