package org.servicetracker.integration;

import java.io.Serializable;

/** A key just made for a client: shown to the administrator this once, stored only as a hash. */
public record IssuedKey(long clientId, String clientName, String key) implements Serializable {}
