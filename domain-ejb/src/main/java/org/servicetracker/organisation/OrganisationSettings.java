package org.servicetracker.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The one row of organisation-wide settings. */
@Entity
@Table(name = "organisation_settings")
public class OrganisationSettings {
  static final int ID = 1;

  @Id private int id;

  @Column(name = "sms_enabled", nullable = false)
  private boolean smsEnabled;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "on_call_dispatcher_id")
  private Long onCallDispatcherId;

  @Version private long version;

  protected OrganisationSettings() {}

  void enableSms(boolean enabled) {
    this.smsEnabled = enabled;
    this.updatedAt = Instant.now();
  }

  void putOnCall(Long dispatcherId) {
    this.onCallDispatcherId = dispatcherId;
    this.updatedAt = Instant.now();
  }

  public Long getOnCallDispatcherId() {
    return onCallDispatcherId;
  }

  public boolean isSmsEnabled() {
    return smsEnabled;
  }
}
