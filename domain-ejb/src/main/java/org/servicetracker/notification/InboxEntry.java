package org.servicetracker.notification;

import java.io.Serializable;
import java.time.Instant;

/** A feed entry as the user sees it. */
public record InboxEntry(
    long id, String title, String orderNumber, Instant createdAt, boolean unread)
    implements Serializable {}
