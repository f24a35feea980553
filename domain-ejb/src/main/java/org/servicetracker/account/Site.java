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

/** A place of a customer account where equipment stands and technicians visit. */
@Entity
@Table(name = "site")
public class Site extends Retirable {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  private CustomerAccount account;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String street;

  @Column(nullable = false)
  private String city;

  @Column(name = "postal_code", nullable = false)
  private String postalCode;

  /** ISO 3166-1 alpha-2. */
  @Column(nullable = false)
  private String country;

  @Version private long version;

  protected Site() {}

  public Site(
      CustomerAccount account,
      String name,
      String street,
      String city,
      String postalCode,
      String country) {
    this.account = account;
    this.name = name;
    this.street = street;
    this.city = city;
    this.postalCode = postalCode;
    this.country = country;
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

  public String getStreet() {
    return street;
  }

  public String getCity() {
    return city;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public String getCountry() {
    return country;
  }

  public void moveTo(NewSite address) {
    this.name = address.name();
    this.street = address.street();
    this.city = address.city();
    this.postalCode = address.postalCode();
    this.country = address.country();
  }

  /** One line for lists: "Head office, 1 Main St, Springfield". */
  public String getLabel() {
    return name + ", " + street + ", " + city;
  }
}
