package org.servicetracker.api.order;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A status transition and what the target status needs: supplier and ETA for AWAITING_PARTS, the
 * RMA reference for WITH_MANUFACTURER, a reason for CANCELLED.
 */
@Schema(name = "Transition")
public record TransitionDto(
    @Schema(
            required = true,
            enumeration = {
              "DRAFT",
              "SCHEDULED",
              "NEW",
              "IN_PROGRESS",
              "AWAITING_PARTS",
              "WITH_MANUFACTURER",
              "READY_FOR_RETURN",
              "COMPLETED",
              "CANCELLED"
            },
            example = "IN_PROGRESS")
        String to,
    @Schema(description = "A note for the customer about the move", maxLength = 10000) String note,
    String partsSupplier,
    LocalDate partsEta,
    String rmaReference,
    String cancelReason) {}
