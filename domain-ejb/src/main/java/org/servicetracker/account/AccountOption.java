package org.servicetracker.account;

import java.io.Serializable;

/** A customer account as choice lists show it. */
public record AccountOption(long id, String name) implements Serializable {}
