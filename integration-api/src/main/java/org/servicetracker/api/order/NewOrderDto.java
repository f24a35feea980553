package org.servicetracker.api.order;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new order. Account-scoped clients leave {@code accountId} out (their own account is used). */
@Schema(name = "NewOrder")
public record NewOrderDto(
    @Schema(description = "Customer account (organisation-scoped clients)", example = "1")
        Long accountId,
    @Schema(description = "A site of the account", example = "2") Long siteId,
    @Schema(description = "A contact of the account") Long contactId,
    @Schema(description = "An asset of the account") Long assetId,
    @Schema(
            required = true,
            enumeration = {"WALK_IN", "SERVICE_CALL"},
            example = "SERVICE_CALL")
        String kind,
    @Schema(
            enumeration = {"LOW", "NORMAL", "HIGH", "URGENT"},
            defaultValue = "NORMAL")
        String priority,
    @Schema(required = true, maxLength = 500, example = "Espresso machine leaks water")
        String summary,
    @Schema(maxLength = 10000) String detail,
    @Schema(description = "true keeps it a draft; otherwise it is submitted (status NEW)")
        Boolean draft) {}
