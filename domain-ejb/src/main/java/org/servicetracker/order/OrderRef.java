package org.servicetracker.order;

import java.util.Set;

/**
 * An order reduced to what other features decide access by.
 *
 * @param assigneeIds the staff users assigned to it
 */
public record OrderRef(long id, String number, long accountId, Set<Long> assigneeIds) {}
