/**
 * Machines that use the API: API clients with hashed keys, scoped to one customer account or the
 * organisation.
 */
package org.servicetracker.integration;
