package org.servicetracker.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A single-use, expiring password reset link. Only a hash of the secret in the link is stored. */
@Entity
@Table(name = "password_reset_token")
public class PasswordResetToken {
  /** What a link is worth when someone opens it. */
  public enum State {
    VALID,
    EXPIRED,
    USED,
    UNKNOWN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "token_hash", nullable = false, unique = true)
  private String tokenHash;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id")
  private AppUser user;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected PasswordResetToken() {}

  PasswordResetToken(String tokenHash, AppUser user, Instant now, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.user = user;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  State state(Instant now) {
    if (usedAt != null) {
      return State.USED;
    }
    return now.isBefore(expiresAt) ? State.VALID : State.EXPIRED;
  }

  void use(Instant now) {
    usedAt = now;
  }

  AppUser getUser() {
    return user;
  }
}
