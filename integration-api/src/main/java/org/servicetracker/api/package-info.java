/** The integration API, version 1: JAX-RS resources over the domain services for enterprise IT. */
package org.servicetracker.api;
