/**
 * Customer sign-in to the portal: the authentication mechanism, the signed-in user, and the
 * password pages.
 */
package org.servicetracker.portal.identity;
