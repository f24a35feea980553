/** Webhook subscriptions of the calling client and their delivery log (I6). */
package org.servicetracker.api.webhook;
