package org.servicetracker.identity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.servicetracker.organisation.OrganisationService;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.Page;
import org.servicetracker.shared.PageRequest;
import org.servicetracker.shared.ValidationException;

/**
 * A signed-in user's own account (C11): contact details, password, and the audit of every sign-in
 * attempt made with their address. Rules: only the user themselves, never on someone else's behalf;
 * a new password needs the current one; the sign-in address itself is changed by the organisation,
 * not here.
 */
@Stateless
public class ProfileService {
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  static final int EXPORT_BATCH = 1000;

  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  @Inject UserRepository users;
  @Inject OrganisationService organisation;
  private final PasswordHasher hasher = new PasswordHasher();

  public Profile profile(Actor actor) {
    AppUser user = self(actor);
    return new Profile(
        user.getEmail(),
        user.getDisplayName(),
        user.getPhone(),
        user.getNotificationEmail(),
        user.getAccount() == null ? null : user.getAccount().getName(),
        user.isNotifyDaily(),
        user.isSmsOptIn(),
        organisation.isSmsEnabled());
  }

  public Profile updateContactDetails(
      Actor actor, String displayName, String phone, String notificationEmail) {
    String name = trimmed(displayName);
    if (name == null || name.length() > 200) {
      throw new ValidationException("displayName", "Enter your name (at most 200 characters).");
    }
    String tel = trimmed(phone);
    if (tel != null && (tel.length() > 40 || !tel.matches("[0-9+()./\\- ]+"))) {
      throw new ValidationException(
          "phone", "Enter a phone number of digits, spaces and + ( ) - . / only.");
    }
    String notify = trimmed(notificationEmail);
    if (notify != null && (notify.length() > 320 || !EMAIL.matcher(notify).matches())) {
      throw new ValidationException(
          "notificationEmail", "'" + notify + "' is not an e-mail address.");
    }
    self(actor).updateContactDetails(name, tel, notify == null ? null : AppUser.normalise(notify));
    return profile(actor);
  }

  /**
   * Immediate mails, or one daily digest (approvals, urgent status changes and invoices still come
   * at once).
   */
  /** SMS alerts: only where the organisation offers them, and only to a phone number. */
  public Profile chooseSms(Actor actor, boolean optIn) {
    AppUser user = self(actor);
    if (optIn && !organisation.isSmsEnabled()) {
      throw new ValidationException(
          "sms", "SMS alerts are not offered by the service organisation.");
    }
    if (optIn && user.getPhone() == null) {
      throw new ValidationException(
          "sms", "Enter your phone number first, then choose SMS alerts.");
    }
    user.chooseSms(optIn);
    return profile(actor);
  }

  public Profile chooseDailyDigest(Actor actor, boolean daily) {
    self(actor).chooseDailyDigest(daily);
    return profile(actor);
  }

  public void changePassword(Actor actor, String current, String password, String confirmation) {
    AppUser user = self(actor);
    if (current == null || !hasher.matches(current, user.getPasswordHash())) {
      throw new ValidationException("currentPassword", "The current password is not correct.");
    }
    PasswordPolicy.check(password, confirmation, user.getEmail());
    user.changePassword(hasher.hash(password));
  }

  /** The user's sign-in attempts, newest first. */
  public Page<LoginRecord> loginHistory(Actor actor, PageRequest page) {
    List<LoginRecord> items =
        history(actor, null)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return new Page<>(items, page.page(), page.size(), null);
  }

  /**
   * Every sign-in attempt of the user, newest first, read in batches for a download of any length.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void exportLoginHistory(Actor actor, Consumer<LoginRecord> sink) {
    Long before = null;
    List<LoginRecord> batch;
    do {
      batch = history(actor, before).setMaxResults(EXPORT_BATCH).getResultList();
      batch.forEach(sink);
      before = batch.isEmpty() ? null : batch.get(batch.size() - 1).id();
    } while (batch.size() == EXPORT_BATCH);
  }

  private TypedQuery<LoginRecord> history(Actor actor, Long beforeId) {
    TypedQuery<LoginRecord> query =
        em.createQuery(
                "SELECT NEW org.servicetracker.identity.LoginRecord(a.id, a.occurredAt, a.outcome, a.address, a.userAgent,"
                    + " a.application) FROM LoginAuditEntry a WHERE a.userId = :user"
                    + (beforeId == null ? "" : " AND a.id < :before")
                    + " ORDER BY a.id DESC",
                LoginRecord.class)
            .setParameter("user", requireUser(actor));
    if (beforeId != null) {
      query.setParameter("before", beforeId);
    }
    return query;
  }

  private AppUser self(Actor actor) {
    return users.getById(requireUser(actor));
  }

  private static long requireUser(Actor actor) {
    if (actor.userId() == null) {
      throw new ValidationException("user", "Only people have a profile.");
    }
    return actor.userId();
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
