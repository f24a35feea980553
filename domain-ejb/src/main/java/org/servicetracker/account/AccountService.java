package org.servicetracker.account;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.servicetracker.shared.Actor;

/** The customer accounts, for staff choosing one (inviting users, new orders). */
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
}
