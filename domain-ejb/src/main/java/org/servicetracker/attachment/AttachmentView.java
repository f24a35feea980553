package org.servicetracker.attachment;

import java.io.Serializable;
import java.time.Instant;

/**
 * An attachment as lists and downloads show it; {@code workLine} names the work-log line it
 * documents ({@code part-5}), or is null.
 */
public record AttachmentView(
    long id,
    String fileName,
    String contentType,
    long size,
    String sha256,
    String uploaderName,
    Instant createdAt,
    String workLine)
    implements Serializable {}
