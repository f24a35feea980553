package org.servicetracker.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicetracker.account.CustomerAccount;
import org.servicetracker.notification.Outbox;
import org.servicetracker.shared.AccessDeniedException;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.ConflictException;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.shared.Role;
import org.servicetracker.shared.ValidationException;

/**
 * A1: dispatchers and administrators invite portal users. The user exists at once, without a usable
 * password; the mail carries a set-password link that works once and expires ({@code
 * st.identity.invitation-validity}, seven days). Customers' account requests (C12) are answered
 * here: inviting from a request closes it.
 */
@Stateless
public class InvitationService {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  @Inject UserRepository users;
  @Inject Outbox outbox;

  @Inject
  @ConfigProperty(name = "st.public-url", defaultValue = "http://localhost:9080")
  String publicUrl;

  @Inject
  @ConfigProperty(name = "st.identity.invitation-validity", defaultValue = "P7D")
  Duration validity;

  private final PasswordHasher hasher = new PasswordHasher();

  /** Invites a portal user of the account; returns the new user's id. */
  public long invite(Actor actor, long accountId, String email, String name, Role role) {
    actor.requireDesk("Inviting users is for dispatchers and administrators.");
    if (role != Role.CUSTOMER && role != Role.CUSTOMER_ADMIN) {
      throw new ValidationException(
          "role", "Portal users are customers or customer administrators.");
    }
    CustomerAccount account = em.find(CustomerAccount.class, accountId);
    if (account == null || account.isRetired()) {
      throw new ValidationException("account", "Choose the customer account.");
    }
    String address = checkedAddress(email);
    AppUser user =
        AppUser.customer(
            account, address, checkedName(name), hasher.hash(Tokens.newSecret()), Set.of(role));
    users.add(user);
    em.flush();
    sendLink(user, actor, account.getName(), "/portal");
    Instant now = Instant.now();
    em.createQuery(
            "SELECT r FROM AccountRequest r WHERE r.status = :open AND LOWER(r.email) = :email",
            AccountRequest.class)
        .setParameter("open", AccountRequest.Status.OPEN)
        .setParameter("email", address.toLowerCase(Locale.ROOT))
        .getResultList()
        .forEach(r -> r.handled(AccountRequest.Status.DONE, now));
    return user.getId();
  }

  /** Invites a member of staff to the technician app (administrators only); returns the id. */
  public long inviteStaff(Actor actor, String email, String name, Set<Role> roles) {
    if (!actor.has(Role.ADMIN)) {
      throw new AccessDeniedException("Only administrators add staff.");
    }
    if (roles.isEmpty() || !Role.STAFF_ROLES.containsAll(roles)) {
      throw new ValidationException(
          "roles", "Give a member of staff at least one of technician, dispatcher, administrator.");
    }
    String address = checkedAddress(email);
    String person = checkedName(name);
    AppUser user = AppUser.staff(address, person, hasher.hash(Tokens.newSecret()), roles);
    users.add(user);
    em.flush();
    sendLink(user, actor, "the service team", "/tech");
    return user.getId();
  }

  /** Customers' open account requests, oldest first. */
  public List<OpenAccountRequest> openRequests(Actor actor) {
    actor.requireDesk("Inviting users is for dispatchers and administrators.");
    return em.createQuery(
            "SELECT r, a.name FROM AccountRequest r, CustomerAccount a"
                + " WHERE a.id = r.accountId AND r.status = :open ORDER BY r.createdAt",
            Object[].class)
        .setParameter("open", AccountRequest.Status.OPEN)
        .setMaxResults(200)
        .getResultStream()
        .map(
            row -> {
              AccountRequest r = (AccountRequest) row[0];
              return new OpenAccountRequest(
                  r.getId(),
                  r.getAccountId(),
                  (String) row[1],
                  r.getName(),
                  r.getEmail(),
                  r.getNote(),
                  r.getCreatedAt());
            })
        .toList();
  }

  public void decline(Actor actor, long requestId) {
    actor.requireDesk("Inviting users is for dispatchers and administrators.");
    AccountRequest request = em.find(AccountRequest.class, requestId);
    if (request == null || request.getStatus() != AccountRequest.Status.OPEN) {
      throw new NotFoundException("The request is not open any more.");
    }
    request.handled(AccountRequest.Status.DECLINED, Instant.now());
  }

  private String checkedAddress(String email) {
    String address = email == null ? "" : AppUser.normalise(email.strip());
    if (!EMAIL.matcher(address).matches()) {
      throw new ValidationException("email", "'" + email + "' is not an e-mail address.");
    }
    if (users.findByEmail(address).isPresent()) {
      throw new ConflictException("There is already a user with the address " + address + ".");
    }
    return address;
  }

  private static String checkedName(String name) {
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new ValidationException("name", "Enter the person's name (at most 200 characters).");
    }
    return name.strip();
  }

  /** Mails the new user a set-password link of the application at {@code app}. */
  private void sendLink(AppUser user, Actor by, String organisation, String app) {
    Instant now = Instant.now();
    String secret = Tokens.newSecret();
    em.persist(new PasswordResetToken(Tokens.sha256(secret), user, now, now.plus(validity)));
    outbox.email(
        user.getEmail(),
        "Your Service Tracker account for " + organisation,
        "Hello "
            + user.getDisplayName()
            + ",\n\n"
            + by.name()
            + " has set up a Service Tracker account for you at "
            + organisation
            + ". Choose your password here:\n\n"
            + publicUrl
            + app
            + "/reset.xhtml?token="
            + secret
            + "\n\nThe link works once and expires in "
            + validity.toDays()
            + " days. Then sign in at "
            + publicUrl
            + app
            + " with "
            + user.getEmail()
            + ".\n");
  }
}
