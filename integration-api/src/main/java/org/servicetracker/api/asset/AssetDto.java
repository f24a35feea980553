package org.servicetracker.api.asset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.servicetracker.asset.AssetView;

/** A piece of customer equipment in the asset register. */
@Schema(name = "Asset")
public record AssetDto(
    long id,
    String name,
    String manufacturer,
    String model,
    String serialNumber,
    String assetTag,
    @Schema(description = "The site's name, address and city") String site) {

  static AssetDto of(AssetView a) {
    return new AssetDto(
        a.id(),
        a.name(),
        a.manufacturer(),
        a.model(),
        a.serialNumber(),
        a.assetTag(),
        a.siteLabel());
  }
}
