/**
 * Service orders: numbering, the lifecycle graph, priority, assignment, notes and the timeline that
 * records every change, and the service that is the transaction and tenancy boundary for all of it.
 */
package org.servicetracker.order;
