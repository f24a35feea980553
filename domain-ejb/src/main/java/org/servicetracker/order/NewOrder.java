package org.servicetracker.order;

/**
 * What is needed to open an order. For a customer the account is always their own and {@code
 * accountId} is ignored.
 *
 * @param submit {@code true} to submit at once (status New), {@code false} to keep a draft
 */
public record NewOrder(
    Long accountId,
    Long siteId,
    Long contactId,
    Long assetId,
    OrderKind kind,
    Priority priority,
    String summary,
    String detail,
    boolean submit) {}
