package org.servicetracker.identity;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicetracker.account.AccountRetired;
import org.servicetracker.notification.Outbox;
import org.servicetracker.shared.AccessDeniedException;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.shared.Role;
import org.servicetracker.shared.ValidationException;

/**
 * What a customer organisation's administrators do about their colleagues (C12). Rules: only
 * customer administrators, only users of their own account; deactivation takes effect at once (open
 * sessions end at their next request) and cannot be done to oneself; new logins are requested from
 * the service organisation, whose administrators are told by e-mail, so that every person gets an
 * own, audited login.
 */
@Stateless
public class ColleagueService {
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  @Inject UserRepository users;
  @Inject Outbox outbox;

  @Inject
  @ConfigProperty(name = "st.public-url", defaultValue = "http://localhost:9080")
  String publicUrl;

  public List<Colleague> colleagues(Actor actor) {
    return usersOf(requireAdmin(actor));
  }

  /** The portal users of any account, for dispatchers and administrators (A1). */
  public List<Colleague> portalUsers(Actor actor, long accountId) {
    actor.requireDesk("Portal users are managed by dispatchers and administrators.");
    return usersOf(accountId);
  }

  public void deactivate(Actor actor, long userId) {
    AppUser user = manageable(actor, userId);
    if (user.getId().equals(actor.userId())) {
      throw new ValidationException("user", "You cannot deactivate your own login.");
    }
    user.deactivate();
  }

  public void reactivate(Actor actor, long userId) {
    AppUser user = manageable(actor, userId);
    if (user.getAccount().isRetired()) {
      throw new ValidationException(
          "user", user.getAccount().getName() + " is retired; reinstate the customer first.");
    }
    user.reactivate();
  }

  /** A retired customer's users lose access at once, in the retiring transaction. */
  public void lockOut(@Observes AccountRetired retired) {
    users.customersOf(retired.accountId()).forEach(AppUser::deactivate);
  }

  private List<Colleague> usersOf(long account) {
    return users.customersOf(account).stream()
        .map(
            u ->
                new Colleague(
                    u.getId(),
                    u.getDisplayName(),
                    u.getEmail(),
                    u.getRoles().contains(Role.CUSTOMER_ADMIN),
                    u.isActive()))
        .toList();
  }

  /** A portal user the actor may (de)activate: a colleague for customers, anyone for the desk. */
  private AppUser manageable(Actor actor, long userId) {
    Long allowedAccount = actor.isAccountScoped() ? requireAdmin(actor) : null;
    if (allowedAccount == null) {
      actor.requireDesk("Portal users are managed by dispatchers and administrators.");
    }
    return users
        .findById(userId)
        .filter(u -> u.getAccount() != null)
        .filter(u -> allowedAccount == null || u.getAccount().getId() == allowedAccount)
        .orElseThrow(() -> new NotFoundException("User " + userId + " was not found."));
  }

  public void requestAccount(Actor actor, String name, String email, String note) {
    long account = requireAdmin(actor);
    String who = name == null ? "" : name.strip();
    String address = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    if (who.isEmpty() || who.length() > 200) {
      throw new ValidationException("name", "Enter your colleague's name.");
    }
    if (address.length() > 320 || !EMAIL.matcher(address).matches()) {
      throw new ValidationException("email", "'" + address + "' is not an e-mail address.");
    }
    if (users.findByEmail(address).isPresent()) {
      throw new ValidationException("email", "There is already a login for " + address + ".");
    }
    String text = note == null || note.isBlank() ? null : note.strip();
    if (text != null && text.length() > 2000) {
      throw new ValidationException("note", "The note can have at most 2000 characters.");
    }
    em.persist(new AccountRequest(account, actor.userId(), who, address, text, Instant.now()));
    AppUser requester = users.getById(actor.userId());
    for (AppUser admin : users.activeWithRole(Role.ADMIN)) {
      outbox.email(
          admin.getNotificationAddress(),
          "Account request from " + requester.getAccount().getName(),
          requester.getDisplayName()
              + " of "
              + requester.getAccount().getName()
              + " asks for a portal login for:\n\n"
              + who
              + " <"
              + address
              + ">\n"
              + (text == null ? "" : "\nNote: " + text + "\n")
              + "\nService Tracker: "
              + publicUrl
              + "/tech\n");
    }
  }

  public List<AccountRequestView> requests(Actor actor) {
    long account = requireAdmin(actor);
    return em
        .createQuery(
            "SELECT r FROM AccountRequest r WHERE r.accountId = :account ORDER BY r.createdAt DESC",
            AccountRequest.class)
        .setParameter("account", account)
        .setMaxResults(50)
        .getResultList()
        .stream()
        .map(
            r -> new AccountRequestView(r.getName(), r.getEmail(), r.getStatus(), r.getCreatedAt()))
        .toList();
  }

  private static long requireAdmin(Actor actor) {
    if (!actor.has(Role.CUSTOMER_ADMIN) || !actor.isAccountScoped()) {
      throw new AccessDeniedException("Only your organisation's administrators manage colleagues.");
    }
    return actor.accountId();
  }
}
