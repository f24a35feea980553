package org.servicetracker.portal.asset;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.servicetracker.account.SiteDirectory;
import org.servicetracker.account.SiteOption;
import org.servicetracker.asset.AssetService;
import org.servicetracker.asset.NewAsset;
import org.servicetracker.portal.identity.CurrentUser;
import org.servicetracker.shared.ValidationException;
import org.servicetracker.web.Pages;

/** asset-new.xhtml: registers a piece of equipment of the account at one of its sites. */
@Named
@ViewScoped
public class NewAssetBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AssetService assets;
  @Inject SiteDirectory sites;
  @Inject CurrentUser currentUser;

  private List<SiteOption> siteOptions;
  private Long siteId;
  private String name;
  private String manufacturer;
  private String model;
  private String serialNumber;
  private String assetTag;

  public void onLoad() {
    if (siteOptions == null) {
      siteOptions = sites.sitesOf(currentUser.actor(), null);
    }
  }

  public void save() throws IOException {
    try {
      long id =
          assets.create(
              currentUser.actor(),
              new NewAsset(null, siteId, name, manufacturer, model, serialNumber, assetTag));
      Pages.redirect("/asset.xhtml?id=" + id + "&created=true");
    } catch (ValidationException e) {
      Pages.error(e.getMessage());
    }
  }

  public List<SiteOption> getSiteOptions() {
    return siteOptions;
  }

  public Long getSiteId() {
    return siteId;
  }

  public void setSiteId(Long siteId) {
    this.siteId = siteId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getManufacturer() {
    return manufacturer;
  }

  public void setManufacturer(String manufacturer) {
    this.manufacturer = manufacturer;
  }

  public String getModel() {
    return model;
  }

  public void setModel(String model) {
    this.model = model;
  }

  public String getSerialNumber() {
    return serialNumber;
  }

  public void setSerialNumber(String serialNumber) {
    this.serialNumber = serialNumber;
  }

  public String getAssetTag() {
    return assetTag;
  }

  public void setAssetTag(String assetTag) {
    this.assetTag = assetTag;
  }
}
