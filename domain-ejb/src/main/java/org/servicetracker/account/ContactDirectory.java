package org.servicetracker.account;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.regex.Pattern;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.ValidationException;

/** The contacts of customer accounts: listed for order forms, added by staff in place (T4, A1). */
@Stateless
public class ContactDirectory {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  public List<ContactOption> contactsOf(Actor actor, long accountId) {
    long account = actor.isAccountScoped() ? actor.accountId() : accountId;
    return em.createQuery(
            "SELECT NEW org.servicetracker.account.ContactOption(c.id, c.name, c.email, c.phone)"
                + " FROM Contact c WHERE c.account.id = :account ORDER BY c.name, c.id",
            ContactOption.class)
        .setParameter("account", account)
        .getResultList();
  }

  /** Adds a contact person to the account (staff); returns its id. */
  public long add(Actor actor, long accountId, String name, String email, String phone) {
    actor.requireStaff();
    CustomerAccount account = em.find(CustomerAccount.class, accountId);
    if (account == null) {
      throw new ValidationException("accountId", "Choose the customer account.");
    }
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new ValidationException("contactName", "Enter the contact's name.");
    }
    String address = email == null || email.isBlank() ? null : email.strip();
    if (address != null && !EMAIL.matcher(address).matches()) {
      throw new ValidationException("contactEmail", "'" + email + "' is not an e-mail address.");
    }
    String tel = phone == null || phone.isBlank() ? null : phone.strip();
    Contact contact = new Contact(account, name.strip(), address, tel);
    em.persist(contact);
    em.flush();
    return contact.getId();
  }
}
