package org.servicetracker.account;

/**
 * Fired (synchronously, in the retiring transaction) when a customer account is retired, so that
 * the identity feature can lock its portal users out without this package knowing about users.
 */
public record AccountRetired(long accountId) {}
