package org.servicetracker.api.asset;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.servicetracker.asset.AssetView;
import org.servicetracker.shared.Page;

/** A page of assets by name. */
@Schema(name = "AssetPage")
public record AssetPageDto(
    List<AssetDto> items,
    int page,
    int size,
    @Schema(description = "Matching assets, counted up to 1,000") Long total,
    @Schema(description = "True when counting stopped at total: there are more")
        boolean totalCapped) {
  static AssetPageDto of(Page<AssetView> page) {
    return new AssetPageDto(
        page.items().stream().map(AssetDto::of).toList(),
        page.page(),
        page.size(),
        page.total(),
        page.capped());
  }
}
