/**
 * Staff sign-in to the technician app: the authentication mechanism, the signed-in user, and the
 * password pages.
 */
package org.servicetracker.tech.identity;
