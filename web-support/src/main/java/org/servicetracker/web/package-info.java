/**
 * What both web modules need and would otherwise copy: page helpers, URL parameters, formatting,
 * the incident filter and the Instant converter. Lives once, in the EAR's lib/.
 */
package org.servicetracker.web;
