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

/**
 * A customer administrator's request for a colleague's own login, for the service organisation's
 * staff to act on.
 */
@Entity
@Table(name = "account_request")
public class AccountRequest {
  /** Where a request is. */
  public enum Status {
    OPEN,
    DONE,
    DECLINED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Column(name = "requested_by", nullable = false)
  private Long requestedBy;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String email;

  private String note;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.OPEN;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "handled_at")
  private Instant handledAt;

  protected AccountRequest() {}

  AccountRequest(
      long accountId, long requestedBy, String name, String email, String note, Instant now) {
    this.accountId = accountId;
    this.requestedBy = requestedBy;
    this.name = name;
    this.email = email;
    this.note = note;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getNote() {
    return note;
  }

  void handled(Status outcome, Instant now) {
    this.status = outcome;
    this.handledAt = now;
  }

  public Long getAccountId() {
    return accountId;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
