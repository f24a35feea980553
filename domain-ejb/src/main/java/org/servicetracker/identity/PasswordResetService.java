package org.servicetracker.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.servicetracker.notification.Outbox;
import org.servicetracker.shared.ValidationException;

/**
 * Forgotten passwords: a mailed link that works once and expires (one hour by default). Asking for
 * a link never tells whether the address belongs to an account. Setting a new password spends the
 * link and every other open link of the same user.
 */
@Stateless
public class PasswordResetService {
  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  @Inject UserRepository users;
  @Inject IdentitySettings settings;
  @Inject Outbox outbox;
  private final PasswordHasher hasher = new PasswordHasher();

  /**
   * Mails a reset link if an active user of that application has this address.
   *
   * @param resetPageUrl the absolute address of the application's reset page; the token is appended
   */
  public void requestReset(String email, Application application, String resetPageUrl) {
    Optional<AppUser> user =
        users.findByEmail(email).filter(AppUser::isActive).filter(application::admits);
    if (user.isEmpty()) {
      return;
    }
    Instant now = Instant.now();
    String secret = Tokens.newSecret();
    em.persist(
        new PasswordResetToken(
            Tokens.sha256(secret), user.get(), now, now.plus(settings.resetLinkValidity())));
    long minutes = settings.resetLinkValidity().toMinutes();
    outbox.email(
        user.get().getEmail(),
        "Reset your Service Tracker password",
        "Hello "
            + user.get().getDisplayName()
            + ",\n\nSomeone (hopefully you) asked to reset the password of your Service Tracker account.\n"
            + "Choose a new password here:\n\n"
            + resetPageUrl
            + "?token="
            + secret
            + "\n\nThe link works once and expires in "
            + minutes
            + " minutes. If you did not ask for it, ignore this e-mail: your password stays as it is.\n");
  }

  public PasswordResetToken.State check(String secret) {
    return find(secret, false)
        .map(t -> t.state(Instant.now()))
        .orElse(PasswordResetToken.State.UNKNOWN);
  }

  /**
   * Sets the new password if the link is still valid; the link's row is locked so it can be used
   * only once.
   */
  public void resetPassword(String secret, String password, String confirmation) {
    PasswordResetToken token =
        find(secret, true)
            .orElseThrow(
                () ->
                    new ValidationException(
                        "token", stateMessage(PasswordResetToken.State.UNKNOWN)));
    Instant now = Instant.now();
    PasswordResetToken.State state = token.state(now);
    if (state != PasswordResetToken.State.VALID) {
      throw new ValidationException("token", stateMessage(state));
    }
    AppUser user = token.getUser();
    PasswordPolicy.check(password, confirmation, user.getEmail());
    user.changePassword(hasher.hash(password));
    em.createQuery(
            "UPDATE PasswordResetToken t SET t.usedAt = :now WHERE t.user = :user AND t.usedAt IS NULL")
        .setParameter("now", now)
        .setParameter("user", user)
        .executeUpdate();
    token.use(now);
  }

  /** A message for a link that cannot be used. */
  public static String stateMessage(PasswordResetToken.State state) {
    return switch (state) {
      case EXPIRED -> "This reset link has expired. Please ask for a new one.";
      case USED ->
          "This reset link has already been used. Please ask for a new one if you need to.";
      case UNKNOWN -> "This reset link is not valid. Please ask for a new one.";
      case VALID -> "";
    };
  }

  private Optional<PasswordResetToken> find(String secret, boolean lock) {
    if (secret == null || secret.isBlank()) {
      return Optional.empty();
    }
    var query =
        em.createQuery(
                "SELECT t FROM PasswordResetToken t WHERE t.tokenHash = :hash",
                PasswordResetToken.class)
            .setParameter("hash", Tokens.sha256(secret));
    if (lock) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return query.getResultStream().findFirst();
  }
}
