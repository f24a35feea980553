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

  /** "Laser cutter · TS4-AC1003 · AC-TAG-103": enough to tell similar assets apart in a list. */
  public String label() {
    StringBuilder label = new StringBuilder(name);
    if (serialNumber != null) {
      label.append(" · ").append(serialNumber);
    }
    if (assetTag != null) {
      label.append(" · ").append(assetTag);
    }
    return label.toString();
  }

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
