package org.servicetracker.account;

import java.io.Serializable;

/** A site with its full address, as the account directory shows and edits it. */
public record SiteView(
    long id,
    String name,
    String street,
    String city,
    String postalCode,
    String country,
    boolean retired)
    implements Serializable {

  static SiteView of(Site site) {
    return new SiteView(
        site.getId(),
        site.getName(),
        site.getStreet(),
        site.getCity(),
        site.getPostalCode(),
        site.getCountry(),
        site.isRetired());
  }

  public String label() {
    return name + ", " + street + ", " + postalCode + " " + city + ", " + country;
  }
}
