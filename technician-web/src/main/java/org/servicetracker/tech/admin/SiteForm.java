package org.servicetracker.tech.admin;

import java.io.Serializable;
import org.servicetracker.account.NewSite;
import org.servicetracker.account.SiteView;

/** The fields of the site form on admin/account.xhtml: empty to add a site, filled to edit one. */
public class SiteForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String name;
  private String street;
  private String city;
  private String postalCode;
  private String country;

  void fill(SiteView site) {
    name = site.name();
    street = site.street();
    city = site.city();
    postalCode = site.postalCode();
    country = site.country();
  }

  NewSite toNewSite() {
    return new NewSite(name, street, city, postalCode, country);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }
}
