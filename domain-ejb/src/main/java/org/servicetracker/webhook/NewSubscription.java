package org.servicetracker.webhook;

/** A subscription just made, with its signing secret: shown to the client this once. */
public record NewSubscription(SubscriptionView subscription, String secret) {}
