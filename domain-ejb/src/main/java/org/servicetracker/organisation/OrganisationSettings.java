package org.servicetracker.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** The one row of organisation-wide settings. */
@Entity
@Table(name = "organisation_settings")
public class OrganisationSettings {
  static final int ID = 1;

  @Id private int id;

  @Column(name = "sms_enabled", nullable = false)
  private boolean smsEnabled;

  @Column(name = "online_payment_enabled", nullable = false)
  private boolean onlinePaymentEnabled;

  @Column(name = "travel_tracking_enabled", nullable = false)
  private boolean travelTrackingEnabled;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "on_call_dispatcher_id")
  private Long onCallDispatcherId;

  @Column(name = "tax_rate")
  private BigDecimal taxRate;

  @Column(name = "payment_days")
  private Integer paymentDays;

  @Version private long version;

  protected OrganisationSettings() {}

  void enableSms(boolean enabled) {
    this.smsEnabled = enabled;
    this.updatedAt = Instant.now();
  }

  void enableOnlinePayment(boolean enabled) {
    this.onlinePaymentEnabled = enabled;
    this.updatedAt = Instant.now();
  }

  void enableTravelTracking(boolean enabled) {
    this.travelTrackingEnabled = enabled;
    this.updatedAt = Instant.now();
  }

  public boolean isOnlinePaymentEnabled() {
    return onlinePaymentEnabled;
  }

  public boolean isTravelTrackingEnabled() {
    return travelTrackingEnabled;
  }

  void putOnCall(Long dispatcherId) {
    this.onCallDispatcherId = dispatcherId;
    this.updatedAt = Instant.now();
  }

  public Long getOnCallDispatcherId() {
    return onCallDispatcherId;
  }

  void setInvoiceTerms(BigDecimal taxRate, Integer paymentDays) {
    this.taxRate = taxRate;
    this.paymentDays = paymentDays;
    this.updatedAt = Instant.now();
  }

  /** The tax rate in percent, or null for the configured default. */
  public BigDecimal getTaxRate() {
    return taxRate;
  }

  /** Days until an invoice is due, or null for the configured default. */
  public Integer getPaymentDays() {
    return paymentDays;
  }

  public boolean isSmsEnabled() {
    return smsEnabled;
  }
}
