package org.servicetracker.notification;

/** How an outbox message travels. */
public enum Channel {
  EMAIL,
  SMS,
  /** An event for an API client's webhook subscription (I6). */
  WEBHOOK
}
