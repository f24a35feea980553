package org.servicetracker.integration;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicetracker.account.CustomerAccount;
import org.servicetracker.identity.Tokens;
import org.servicetracker.shared.AccessDeniedException;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.shared.Role;
import org.servicetracker.shared.ValidationException;

/**
 * Recognises API clients by their bearer key. Revoked keys, and demo keys outside demo mode, are
 * refused.
 */
@Stateless
public class ApiClientService {
  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  @Inject
  @ConfigProperty(name = "st.demo.enabled", defaultValue = "false")
  boolean demoEnabled;

  /**
   * The client a key belongs to. Every API request asks, so it reads without a transaction of its
   * own: a transaction here cost a commit round trip to the database on each call (bench/run).
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<ApiIdentity> authenticate(String key) {
    if (key == null || key.isBlank() || key.length() > 200) {
      return Optional.empty();
    }
    return em.createQuery("SELECT c FROM ApiClient c WHERE c.keyHash = :hash", ApiClient.class)
        .setParameter("hash", Tokens.sha256(key))
        .getResultStream()
        .filter(ApiClient::isActive)
        .filter(c -> !c.isDemo() || demoEnabled)
        .findFirst()
        .map(ApiClient::identity);
  }

  /** Registers a client with the given key; the key itself is not kept. */
  public void register(
      String name, String key, CustomerAccount account, boolean readOnly, boolean demo) {
    em.persist(new ApiClient(name, Tokens.sha256(key), prefix(key), account, readOnly, demo));
  }

  /** Every client, newest first (administrators). */
  public List<ApiClientView> clients(Actor actor) {
    requireAdmin(actor);
    return em.createQuery(
            "SELECT c FROM ApiClient c ORDER BY c.createdAt DESC, c.id DESC", ApiClient.class)
        .getResultStream()
        .map(ApiClient::view)
        .toList();
  }

  /**
   * Creates a client for one customer account (or, with none, for the whole organisation) and
   * issues its key.
   */
  public IssuedKey create(
      Actor actor, String name, Long accountId, boolean readOnly, Integer rateLimit) {
    requireAdmin(actor);
    String checked = name == null ? "" : name.strip();
    if (checked.isEmpty() || checked.length() > 200) {
      throw new ValidationException(
          "name", "Name the client (at most 200 characters), e.g. the system that uses it.");
    }
    CustomerAccount account = null;
    if (accountId != null) {
      account = em.find(CustomerAccount.class, accountId);
      if (account == null || account.isRetired()) {
        throw new ValidationException(
            "account", "Choose a current customer account, or none for the organisation.");
      }
    }
    if (rateLimit != null && (rateLimit < 1 || rateLimit > 100_000)) {
      throw new ValidationException(
          "rateLimit", "Requests per minute are 1 to 100,000, or empty for the default.");
    }
    String key = newKey();
    ApiClient client =
        new ApiClient(checked, Tokens.sha256(key), prefix(key), account, readOnly, false);
    client.limitTo(rateLimit);
    em.persist(client);
    em.flush();
    return new IssuedKey(client.view().id(), checked, key);
  }

  /** Issues a new key for the client; the old one stops working at once. */
  public IssuedKey rotate(Actor actor, long clientId) {
    requireAdmin(actor);
    ApiClient client = find(clientId);
    if (!client.isActive()) {
      throw new ValidationException(
          "client", "A revoked client gets no new key; create a new client.");
    }
    String key = newKey();
    client.rekey(Tokens.sha256(key), prefix(key));
    return new IssuedKey(clientId, client.view().name(), key);
  }

  public void revoke(Actor actor, long clientId) {
    requireAdmin(actor);
    find(clientId).revoke();
  }

  private ApiClient find(long clientId) {
    ApiClient client = em.find(ApiClient.class, clientId);
    if (client == null) {
      throw new NotFoundException("No API client " + clientId + ".");
    }
    return client;
  }

  /** {@code st_} and 43 characters of a 256-bit random value. */
  private static String newKey() {
    return "st_" + Tokens.newSecret();
  }

  private static String prefix(String key) {
    return key.substring(0, Math.min(8, key.length()));
  }

  private static void requireAdmin(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new AccessDeniedException("API clients are managed by administrators.");
    }
  }
}
