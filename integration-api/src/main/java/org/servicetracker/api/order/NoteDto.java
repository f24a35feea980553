package org.servicetracker.api.order;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A note on an order's timeline; INTERNAL notes are for organisation-scoped clients only. */
@Schema(name = "NewNote")
public record NoteDto(
    @Schema(required = true, maxLength = 10000, example = "Technician on the way.") String body,
    @Schema(
            enumeration = {"PUBLIC", "INTERNAL"},
            defaultValue = "PUBLIC")
        String visibility) {}
