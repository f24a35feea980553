package org.servicetracker.api.asset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new asset; account-scoped clients leave {@code accountId} out. */
@Schema(name = "NewAsset")
public record NewAssetDto(
    @Schema(description = "Customer account (organisation-scoped clients)") Long accountId,
    Long siteId,
    @Schema(required = true, maxLength = 200, example = "Espresso machine") String name,
    String manufacturer,
    String model,
    @Schema(example = "RC9-00421") String serialNumber,
    String assetTag) {}
