package org.servicetracker.asset;

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
import org.servicetracker.account.CustomerAccount;
import org.servicetracker.account.Site;

/** A piece of equipment of a customer account, usually standing at one of its sites. */
@Entity
@Table(name = "asset")
public class Asset {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  private CustomerAccount account;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "site_id")
  private Site site;

  @Column(nullable = false)
  private String name;

  private String manufacturer;
  private String model;

  @Column(name = "serial_number")
  private String serialNumber;

  @Column(name = "asset_tag")
  private String assetTag;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /**
   * Name, tag, serial, manufacturer, model and site name in lower case: what the asset register
   * searches.
   */
  @Column(name = "search_text", nullable = false)
  private String searchText;

  @Version private long version;

  protected Asset() {}

  public Asset(
      CustomerAccount account,
      Site site,
      String name,
      String manufacturer,
      String model,
      String serialNumber,
      String assetTag) {
    if (site != null && !site.getAccount().getId().equals(account.getId())) {
      throw new IllegalArgumentException("The site belongs to another account");
    }
    this.account = account;
    this.site = site;
    this.name = name;
    this.manufacturer = manufacturer;
    this.model = model;
    this.serialNumber = serialNumber;
    this.assetTag = assetTag;
    this.createdAt = Instant.now();
    this.searchText =
        String.join(
                " ",
                java.util.stream.Stream.of(
                        name,
                        assetTag,
                        serialNumber,
                        manufacturer,
                        model,
                        site == null ? null : site.getName())
                    .filter(java.util.Objects::nonNull)
                    .toList())
            .toLowerCase(java.util.Locale.ROOT);
  }

  public Long getId() {
    return id;
  }

  public CustomerAccount getAccount() {
    return account;
  }

  public Site getSite() {
    return site;
  }

  public String getName() {
    return name;
  }

  public String getManufacturer() {
    return manufacturer;
  }

  public String getModel() {
    return model;
  }

  public String getSerialNumber() {
    return serialNumber;
  }

  public String getAssetTag() {
    return assetTag;
  }
}
