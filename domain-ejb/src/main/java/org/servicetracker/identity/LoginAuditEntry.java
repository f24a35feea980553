package org.servicetracker.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One sign-in attempt, successful or not. Never changed once written. */
@Entity
@Table(name = "login_audit")
public class LoginAuditEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false)
  private String email;

  @Column(name = "user_id")
  private Long userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private LoginOutcome outcome;

  @Column(nullable = false)
  private String address;

  @Column(name = "user_agent")
  private String userAgent;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Application application;

  protected LoginAuditEntry() {}

  LoginAuditEntry(
      Instant occurredAt, String email, Long userId, LoginOutcome outcome, SignInAttempt attempt) {
    this.occurredAt = occurredAt;
    this.email = email;
    this.userId = userId;
    this.outcome = outcome;
    this.address = attempt.address();
    this.userAgent = attempt.userAgent();
    this.application = attempt.application();
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getEmail() {
    return email;
  }

  public LoginOutcome getOutcome() {
    return outcome;
  }

  public String getAddress() {
    return address;
  }

  public String getUserAgent() {
    return userAgent;
  }

  public Application getApplication() {
    return application;
  }
}
