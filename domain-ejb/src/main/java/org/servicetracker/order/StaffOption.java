package org.servicetracker.order;

import java.io.Serializable;

/** A staff user as assignment lists show it. */
public record StaffOption(long id, String name) implements Serializable {}
