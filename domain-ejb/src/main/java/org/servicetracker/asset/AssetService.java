package org.servicetracker.asset;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.servicetracker.account.CustomerAccount;
import org.servicetracker.account.Site;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.BusinessEvent;
import org.servicetracker.shared.CappedPages;
import org.servicetracker.shared.Like;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.shared.Page;
import org.servicetracker.shared.PageRequest;
import org.servicetracker.shared.ValidationException;

/**
 * The asset register (C10). Rules: a customer sees and registers assets of its own account only,
 * and another account's asset is "not found"; an asset's site must belong to the same account;
 * every asset has a name.
 */
@Stateless
public class AssetService {
  static final int EXPORT_BATCH = 500;
  private static final String WITH_SITE = "SELECT a FROM Asset a LEFT JOIN FETCH a.site";
  private static final String BY_NAME = " ORDER BY a.name, a.id";

  /** After an asset in {@link #BY_NAME} order, as an index of name and id can bound it. */
  private static final String AFTER =
      " AND a.name >= :afterName AND (a.name > :afterName OR a.id > :afterId)";

  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  @Inject Event<BusinessEvent> events;

  /**
   * Assets whose name, tag, serial, maker, model or site contain the text (case-insensitive), by
   * name; counted up to {@link CappedPages#COUNT_LIMIT}: an organisation's register grows with
   * every account.
   */
  public Page<AssetView> list(Actor actor, String text, PageRequest page) {
    return list(actor, text, page, CappedPages.COUNT_LIMIT);
  }

  /**
   * The first {@code limit} matches of {@link #list}, not counted: an asset field's suggestions.
   */
  public List<AssetView> suggestions(Actor actor, String text, int limit) {
    return list(actor, text, new PageRequest(0, limit), CappedPages.NO_TOTAL).items();
  }

  private Page<AssetView> list(Actor actor, String text, PageRequest page, int countLimit) {
    String where = where(actor, text);
    return CappedPages.read(
        page,
        countLimit,
        n ->
            bind(
                    em.createQuery("SELECT a.id FROM Asset a" + where + BY_NAME, Long.class),
                    actor,
                    text)
                .setMaxResults(n)
                .getResultList(),
        ids ->
            views(
                em.createQuery(WITH_SITE + " WHERE a.id IN :ids" + BY_NAME, Asset.class)
                    .setParameter("ids", ids)),
        (offset, size) ->
            views(
                bind(em.createQuery(WITH_SITE + where + BY_NAME, Asset.class), actor, text)
                    .setFirstResult(offset)
                    .setMaxResults(size)));
  }

  private static List<AssetView> views(TypedQuery<Asset> query) {
    return query.getResultStream().map(AssetView::of).toList();
  }

  public AssetView get(Actor actor, long id) {
    Asset asset = em.find(Asset.class, id);
    if (asset == null || !actor.canSeeAccount(asset.getAccount().getId())) {
      throw new NotFoundException("Asset " + id + " was not found.");
    }
    return AssetView.of(asset);
  }

  /** Registers an asset and returns its id. */
  public long create(Actor actor, NewAsset request) {
    long accountId =
        actor.isAccountScoped() ? actor.accountId() : requireAccount(request.accountId());
    if (!actor.isAccountScoped()) {
      actor.requireStaffOrOrganisationClient();
    }
    String name = trimmed(request.name());
    if (name == null || name.length() > 200) {
      throw new ValidationException("name", "Give the asset a name (at most 200 characters).");
    }
    CustomerAccount account = em.find(CustomerAccount.class, accountId);
    if (account == null) {
      throw new ValidationException("accountId", "The customer account does not exist.");
    }
    Site site = request.siteId() == null ? null : em.find(Site.class, request.siteId());
    if (request.siteId() != null
        && (site == null || site.getAccount().getId() != accountId || site.isRetired())) {
      throw new ValidationException("siteId", "Choose one of your own sites.");
    }
    Asset asset =
        new Asset(
            account,
            site,
            name,
            limited(request.manufacturer(), "manufacturer", 200),
            limited(request.model(), "model", 200),
            limited(request.serialNumber(), "serialNumber", 100),
            limited(request.assetTag(), "assetTag", 100));
    em.persist(asset);
    em.flush();
    Map<String, Object> data = new HashMap<>();
    data.put("id", asset.getId());
    data.put("change", "created");
    data.put("name", asset.getName());
    data.put("serialNumber", asset.getSerialNumber());
    events.fire(BusinessEvent.of("asset.changed", accountId, data));
    return asset.getId();
  }

  /**
   * Every asset matching the search, by name, read in batches, each from where the last one ended
   * (not at an offset, which the database would walk again for every batch).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void export(Actor actor, String text, Consumer<AssetView> sink) {
    String where = where(actor, text);
    List<Asset> batch =
        bind(em.createQuery(WITH_SITE + where + BY_NAME, Asset.class), actor, text)
            .setMaxResults(EXPORT_BATCH)
            .getResultList();
    while (!batch.isEmpty()) {
      batch.forEach(a -> sink.accept(AssetView.of(a)));
      if (batch.size() < EXPORT_BATCH) {
        return;
      }
      Asset last = batch.get(batch.size() - 1);
      batch =
          bind(em.createQuery(WITH_SITE + where + AFTER + BY_NAME, Asset.class), actor, text)
              .setParameter("afterName", last.getName())
              .setParameter("afterId", last.getId())
              .setMaxResults(EXPORT_BATCH)
              .getResultList();
    }
  }

  private static String where(Actor actor, String text) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (actor.isAccountScoped()) {
      where.append(" AND a.account.id = :account");
    }
    if (trimmed(text) != null) {
      where.append(" AND a.searchText LIKE :text" + Like.ESCAPE);
    }
    return where.toString();
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, Actor actor, String text) {
    if (actor.isAccountScoped()) {
      query.setParameter("account", actor.accountId());
    }
    if (trimmed(text) != null) {
      query.setParameter("text", Like.contains(text));
    }
    return query;
  }

  private static String limited(String value, String field, int max) {
    String v = trimmed(value);
    if (v != null && v.length() > max) {
      throw new ValidationException(field, "At most " + max + " characters.");
    }
    return v;
  }

  private static long requireAccount(Long accountId) {
    if (accountId == null) {
      throw new ValidationException("accountId", "Choose the customer account.");
    }
    return accountId;
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
