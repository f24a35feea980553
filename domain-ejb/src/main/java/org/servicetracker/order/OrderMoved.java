package org.servicetracker.order;

/**
 * An order is being linked to another customer account (A2), fired synchronously inside the move's
 * transaction: observers update their own rows or throw to refuse the move.
 */
public record OrderMoved(long orderId, String number, long fromAccountId, long toAccountId) {}
