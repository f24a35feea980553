package org.servicetracker.api.attachment;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.servicetracker.attachment.AttachmentView;

/** A file of an order; {@code download} is where its bytes are. */
@Schema(name = "Attachment")
public record AttachmentDto(
    long id,
    String fileName,
    @Schema(description = "Detected from the content") String contentType,
    long size,
    String sha256,
    String uploadedBy,
    Instant createdAt,
    @Schema(description = "The work-log line it documents, e.g. part-5") String workLine,
    @Schema(example = "/api/v1/attachments/42") String download) {

  static AttachmentDto of(AttachmentView a) {
    return new AttachmentDto(
        a.id(),
        a.fileName(),
        a.contentType(),
        a.size(),
        a.sha256(),
        a.uploaderName(),
        a.createdAt(),
        a.workLine(),
        "/api/v1/attachments/" + a.id());
  }
}
