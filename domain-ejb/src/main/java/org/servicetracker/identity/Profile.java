package org.servicetracker.identity;

import java.io.Serializable;

/** What a user sees and edits about themselves. */
public record Profile(
    String email,
    String displayName,
    String phone,
    String notificationEmail,
    String accountName,
    boolean dailyDigest,
    boolean smsOptIn,
    boolean smsOffered)
    implements Serializable {}
