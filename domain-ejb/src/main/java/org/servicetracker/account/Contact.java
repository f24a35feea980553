package org.servicetracker.account;

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

/**
 * A person at a customer account whom technicians call about an order (not necessarily a portal
 * user).
 */
@Entity
@Table(name = "contact")
public class Contact extends Retirable {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  private CustomerAccount account;

  @Column(nullable = false)
  private String name;

  private String email;
  private String phone;

  @Version private long version;

  protected Contact() {}

  public Contact(CustomerAccount account, String name, String email, String phone) {
    this.account = account;
    this.name = name;
    this.email = email;
    this.phone = phone;
  }

  public Long getId() {
    return id;
  }

  public CustomerAccount getAccount() {
    return account;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public void change(String name, String email, String phone) {
    this.name = name;
    this.email = email;
    this.phone = phone;
  }
}
