package org.servicetracker.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.servicetracker.account.CustomerAccount;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.Role;

/**
 * A person who signs in: a customer user (always of exactly one customer account) or a member of
 * staff (of none). Every person has an own login so that the audit stays accurate.
 */
@Entity
@Table(name = "app_user")
public class AppUser {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String email;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  private String phone;

  /** Where notifications go; the sign-in address when not set. */
  @Column(name = "notification_email")
  private String notificationEmail;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id")
  private CustomerAccount account;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = new HashSet<>();

  private boolean active = true;

  /** Most notifications as one daily digest instead of one mail each. */
  @Column(name = "notify_daily")
  private boolean notifyDaily;

  @Column(name = "sms_opt_in", nullable = false)
  private boolean smsOptIn;

  /** Demo users sign in only while the server runs in demo mode. */
  private boolean demo;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected AppUser() {}

  private AppUser(
      String email,
      String displayName,
      String passwordHash,
      CustomerAccount account,
      Set<Role> roles) {
    this.email = normalise(email);
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.account = account;
    this.roles = EnumSet.copyOf(roles);
    this.createdAt = Instant.now();
  }

  /** A user of a customer account; only customer roles are allowed. */
  public static AppUser customer(
      CustomerAccount account, String email, String name, String passwordHash, Set<Role> roles) {
    if (account == null || !Role.CUSTOMER_ROLES.containsAll(roles) || roles.isEmpty()) {
      throw new IllegalArgumentException(
          "A customer user needs an account and customer roles only");
    }
    return new AppUser(email, name, passwordHash, account, roles);
  }

  /** A member of the service organisation's staff; only staff roles are allowed. */
  public static AppUser staff(String email, String name, String passwordHash, Set<Role> roles) {
    if (!Role.STAFF_ROLES.containsAll(roles) || roles.isEmpty()) {
      throw new IllegalArgumentException("A staff user needs staff roles only");
    }
    return new AppUser(email, name, passwordHash, null, roles);
  }

  public static String normalise(String email) {
    return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
  }

  public Actor toActor() {
    return new Actor(id, displayName, roles, account == null ? null : account.getId());
  }

  public void changePassword(String newHash) {
    this.passwordHash = newHash;
  }

  /** New staff roles (staff users only, never none). */
  void changeStaffRoles(Set<Role> staffRoles) {
    if (isCustomer() || staffRoles.isEmpty() || !Role.STAFF_ROLES.containsAll(staffRoles)) {
      throw new org.servicetracker.shared.ValidationException(
          "roles", "Give a member of staff at least one of technician, dispatcher, administrator.");
    }
    roles.clear();
    roles.addAll(staffRoles);
  }

  /** Takes away access at once: sign-in is refused and open sessions end at their next request. */
  public void deactivate() {
    this.active = false;
  }

  public void reactivate() {
    this.active = true;
  }

  public void markDemo() {
    this.demo = true;
  }

  /**
   * Changes what the user may change about themselves; the sign-in address is the organisation's to
   * change.
   */
  void updateContactDetails(String displayName, String phone, String notificationEmail) {
    this.displayName = displayName;
    this.phone = phone;
    this.notificationEmail = notificationEmail;
  }

  void chooseSms(boolean optIn) {
    this.smsOptIn = optIn;
  }

  /** Whether the user wants SMS alerts (sent only while the organisation offers them). */
  public boolean isSmsOptIn() {
    return smsOptIn && phone != null;
  }

  void chooseDailyDigest(boolean daily) {
    this.notifyDaily = daily;
  }

  public boolean isNotifyDaily() {
    return notifyDaily;
  }

  /** The address notifications are sent to. */
  public String getNotificationAddress() {
    return notificationEmail == null ? email : notificationEmail;
  }

  public String getNotificationEmail() {
    return notificationEmail;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPhone() {
    return phone;
  }

  String getPasswordHash() {
    return passwordHash;
  }

  public CustomerAccount getAccount() {
    return account;
  }

  public Set<Role> getRoles() {
    return Set.copyOf(roles);
  }

  public boolean isActive() {
    return active;
  }

  public boolean isDemo() {
    return demo;
  }

  public boolean isCustomer() {
    return account != null;
  }
}
