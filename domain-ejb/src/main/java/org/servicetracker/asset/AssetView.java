package org.servicetracker.asset;

import java.io.Serializable;

/** An asset as the register shows it. */
public record AssetView(
    long id,
    String name,
    String manufacturer,
    String model,
    String serialNumber,
    String assetTag,
    String siteName,
    String siteLabel)
    implements Serializable {

  static AssetView of(Asset a) {
    return new AssetView(
        a.getId(),
        a.getName(),
        a.getManufacturer(),
        a.getModel(),
        a.getSerialNumber(),
        a.getAssetTag(),
        a.getSite() == null ? null : a.getSite().getName(),
        a.getSite() == null ? null : a.getSite().getLabel());
  }
}
