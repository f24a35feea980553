package org.servicetracker.account;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.ValidationException;

/**
 * The sites a caller may choose from (retired ones are not offered): a customer's own account's, or
 * any account's for staff.
 */
@Stateless
public class SiteDirectory {
  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  public List<SiteOption> sitesOf(Actor actor, Long accountId) {
    long account = actor.isAccountScoped() ? actor.accountId() : require(accountId);
    return em
        .createQuery(
            "SELECT s FROM Site s WHERE s.account.id = :account AND s.retiredAt IS NULL"
                + " ORDER BY s.name, s.id",
            Site.class)
        .setParameter("account", account)
        .getResultList()
        .stream()
        .map(s -> new SiteOption(s.getId(), s.getLabel()))
        .toList();
  }

  private static long require(Long accountId) {
    if (accountId == null) {
      throw new ValidationException("accountId", "Choose the customer account.");
    }
    return accountId;
  }
}
