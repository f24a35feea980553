package org.servicetracker.notification;

/** How an outbox message travels. */
public enum Channel {
  EMAIL,
  SMS
}
