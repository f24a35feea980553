package org.servicetracker.account;

import java.io.Serializable;

/** A site as a choice in a form. */
public record SiteOption(long id, String label) implements Serializable {}
