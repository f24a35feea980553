/**
 * What every page of the technician app shares: safe redirects, faces messages, incident ids for
 * unexpected errors.
 */
package org.servicetracker.tech.shared;
