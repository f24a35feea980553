package org.servicetracker.account;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * An account, site or contact that can be retired: kept for the orders and invoices that refer to
 * it, no longer offered for new work; reinstated by clearing the date.
 */
@MappedSuperclass
public abstract class Retirable {
  @Column(name = "retired_at")
  private Instant retiredAt;

  public Instant getRetiredAt() {
    return retiredAt;
  }

  public void setRetiredAt(Instant retiredAt) {
    this.retiredAt = retiredAt;
  }

  public boolean isRetired() {
    return retiredAt != null;
  }
}
