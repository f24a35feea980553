/**
 * I6: webhooks. API clients subscribe an address to event types; each {@code BusinessEvent} becomes
 * a delivery per matching subscription, sent through the outbox with an HMAC-SHA256 signature over
 * timestamp and body, retried with back-off for a day, logged attempt by attempt, and replayable.
 */
package org.servicetracker.webhook;
