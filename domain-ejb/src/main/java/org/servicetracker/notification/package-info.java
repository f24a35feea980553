/**
 * Everything that leaves the process to reach people: a transactional outbox written in the same
 * transaction as the change it reports, and the worker that delivers it (e-mail through Jakarta
 * Mail) with retry and back-off.
 */
package org.servicetracker.notification;
