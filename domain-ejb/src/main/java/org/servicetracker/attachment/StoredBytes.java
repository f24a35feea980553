package org.servicetracker.attachment;

/** What storing an upload's bytes produced, before the attachment row exists. */
public record StoredBytes(String key, String contentType, long size, String sha256) {}
