package org.servicetracker.account;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.regex.Pattern;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.shared.ValidationException;

/**
 * The contacts of customer accounts: offered on order forms (not the retired ones), added by staff
 * in place (T4), corrected and retired by the service desk (A1).
 */
@Stateless
public class ContactDirectory {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final String OPTION =
      "SELECT NEW org.servicetracker.account.ContactOption(c.id, c.name, c.email, c.phone,"
          + " c.retiredAt) FROM Contact c WHERE c.account.id = :account";

  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  public List<ContactOption> contactsOf(Actor actor, long accountId) {
    long account = actor.isAccountScoped() ? actor.accountId() : accountId;
    return em.createQuery(
            OPTION + " AND c.retiredAt IS NULL ORDER BY c.name, c.id", ContactOption.class)
        .setParameter("account", account)
        .getResultList();
  }

  /** Every contact of the account, retired ones included, for the account directory. */
  public List<ContactOption> directory(Actor actor, long accountId) {
    actor.requireDesk("Customer accounts are managed by dispatchers and administrators.");
    return em.createQuery(OPTION + " ORDER BY c.name, c.id", ContactOption.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  /** Adds a contact person to the account (staff); returns its id. */
  public long add(Actor actor, long accountId, String name, String email, String phone) {
    actor.requireStaff();
    CustomerAccount account = em.find(CustomerAccount.class, accountId);
    if (account == null) {
      throw new ValidationException("accountId", "Choose the customer account.");
    }
    Contact contact =
        new Contact(account, checkedName(name), checkedEmail(email), blankless(phone));
    em.persist(contact);
    em.flush();
    return contact.getId();
  }

  /** Corrects a contact's name, e-mail address or phone number (service desk). */
  public void change(Actor actor, long contactId, String name, String email, String phone) {
    actor.requireDesk("Customer accounts are managed by dispatchers and administrators.");
    Contact contact = em.find(Contact.class, contactId);
    if (contact == null) {
      throw new NotFoundException("No contact " + contactId + ".");
    }
    contact.change(checkedName(name), checkedEmail(email), blankless(phone));
  }

  private static String checkedName(String name) {
    if (name == null || name.isBlank() || name.strip().length() > 200) {
      throw new ValidationException("contactName", "Enter the contact's name.");
    }
    return name.strip();
  }

  private static String checkedEmail(String email) {
    String address = blankless(email);
    if (address != null && (address.length() > 320 || !EMAIL.matcher(address).matches())) {
      throw new ValidationException("contactEmail", "'" + email + "' is not an e-mail address.");
    }
    return address;
  }

  private static String blankless(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
