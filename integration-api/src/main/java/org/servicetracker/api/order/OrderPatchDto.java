package org.servicetracker.api.order;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Fields of an order that can be changed (JSON merge patch: absent fields stay as they are). Send
 * the ETag you read as {@code If-Match}.
 */
@Schema(name = "OrderPatch")
public record OrderPatchDto(
    @Schema(enumeration = {"LOW", "NORMAL", "HIGH", "URGENT"}) String priority,
    @Schema(description = "Expected completion of a multi-day repair (organisation clients)")
        LocalDate estimatedCompletion) {}
