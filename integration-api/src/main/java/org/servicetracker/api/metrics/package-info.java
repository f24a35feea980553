/**
 * O2: the application's own Prometheus metrics at /metrics, registered by this module of the EAR
 * (the domain module is also carried by test archives, which must not register them).
 */
package org.servicetracker.api.metrics;
