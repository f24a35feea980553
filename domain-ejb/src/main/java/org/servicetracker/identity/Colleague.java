package org.servicetracker.identity;

import java.io.Serializable;

/** A user of the same customer account, as its administrators see them. */
public record Colleague(long id, String name, String email, boolean admin, boolean active)
    implements Serializable {}
