package org.servicetracker.integration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import org.servicetracker.account.CustomerAccount;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.Role;

/**
 * An integration client. Only a SHA-256 of its key is stored; the prefix helps people tell keys
 * apart.
 */
@Entity
@Table(name = "api_client")
public class ApiClient {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Column(name = "key_hash", nullable = false, unique = true)
  private String keyHash;

  @Column(name = "key_prefix", nullable = false)
  private String keyPrefix;

  /** {@code null}: the client acts for the whole service organisation. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id")
  private CustomerAccount account;

  /**
   * The account's id, read with the client: checking a key on every API request needs no more
   * (reading the account itself cost every request a second query).
   */
  @Column(name = "account_id", insertable = false, updatable = false)
  private Long accountId;

  private boolean active = true;
  private boolean demo;

  @Column(name = "read_only", nullable = false)
  private boolean readOnly;

  /** Requests per minute; null for the installation's default. */
  @Column(name = "rate_limit")
  private Integer rateLimit;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Version private long version;

  protected ApiClient() {}

  ApiClient(
      String name,
      String keyHash,
      String keyPrefix,
      CustomerAccount account,
      boolean readOnly,
      boolean demo) {
    this.name = name;
    this.readOnly = readOnly;
    this.keyHash = keyHash;
    this.keyPrefix = keyPrefix;
    this.account = account;
    this.accountId = account == null ? null : account.getId();
    this.demo = demo;
    this.createdAt = Instant.now();
  }

  /** A new key replaces the old one, which stops working at once. */
  void rekey(String keyHash, String keyPrefix) {
    this.keyHash = keyHash;
    this.keyPrefix = keyPrefix;
  }

  void limitTo(Integer requestsPerMinute) {
    this.rateLimit = requestsPerMinute;
  }

  void revoke() {
    if (revokedAt == null) {
      revokedAt = Instant.now();
    }
  }

  ApiClientView view() {
    return new ApiClientView(
        id,
        name,
        keyPrefix,
        account == null ? null : account.getName(),
        readOnly,
        rateLimit,
        isActive(),
        createdAt,
        revokedAt);
  }

  ApiIdentity identity() {
    return new ApiIdentity(
        id, new Actor(null, name, Set.of(Role.API_CLIENT), accountId), readOnly, rateLimit);
  }

  boolean isActive() {
    return active && revokedAt == null;
  }

  boolean isDemo() {
    return demo;
  }
}
