/**
 * MicroProfile Health checks for operators: liveness, readiness (database, schema, mail outbox) and
 * start-up.
 */
package org.servicetracker.api.health;
