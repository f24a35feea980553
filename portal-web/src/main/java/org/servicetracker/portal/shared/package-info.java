/**
 * What every portal page shares: safe redirects, faces messages, incident ids for unexpected
 * errors.
 */
package org.servicetracker.portal.shared;
