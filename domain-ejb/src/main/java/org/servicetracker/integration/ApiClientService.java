package org.servicetracker.integration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicetracker.account.CustomerAccount;
import org.servicetracker.identity.Tokens;

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
    em.persist(
        new ApiClient(
            name,
            Tokens.sha256(key),
            key.substring(0, Math.min(8, key.length())),
            account,
            readOnly,
            demo));
  }
}
