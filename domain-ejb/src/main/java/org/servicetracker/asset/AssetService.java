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
  static final int EXPORT_BATCH = 1000;

  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  @Inject Event<BusinessEvent> events;

  /**
   * Assets whose name, tag, serial, maker, model or site contain the text (case-insensitive), by
   * name.
   */
  public Page<AssetView> list(Actor actor, String text, PageRequest page) {
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(a) FROM Asset a" + where(actor, text), Long.class);
    long total = bind(count, actor, text).getSingleResult();
    List<AssetView> items =
        bind(
                em.createQuery(
                    "SELECT a FROM Asset a LEFT JOIN FETCH a.site"
                        + where(actor, text)
                        + " ORDER BY a.name, a.id",
                    Asset.class),
                actor,
                text)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList()
            .stream()
            .map(AssetView::of)
            .toList();
    return new Page<>(items, page.page(), page.size(), total);
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

  /** Every asset matching the search, by name, read in batches. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void export(Actor actor, String text, Consumer<AssetView> sink) {
    int page = 0;
    List<AssetView> batch;
    do {
      batch =
          list(actor, text, new PageRequest(page++, Math.min(EXPORT_BATCH, PageRequest.MAX_SIZE)))
              .items();
      batch.forEach(sink);
    } while (batch.size() == Math.min(EXPORT_BATCH, PageRequest.MAX_SIZE));
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
