package org.servicetracker.attachment;

import java.io.Serializable;
import java.time.Instant;

/** An attachment as lists and downloads show it. */
public record AttachmentView(
    long id,
    String fileName,
    String contentType,
    long size,
    String sha256,
    String uploaderName,
    Instant createdAt)
    implements Serializable {}
