/**
 * What operators ask of the running system (O1): database reachable, schema current, mail outbox
 * flowing.
 */
package org.servicetracker.operations;
