package org.servicetracker.invoice;

import java.io.Serializable;
import java.time.Instant;

/** A customer's finance note on an invoice. */
public record NoteView(String authorName, Instant createdAt, String body) implements Serializable {}
