/**
 * Administration in the technician app (A1, A3, A4): the service desk (inviting portal users,
 * customers' account requests, who is on call) for dispatchers and administrators, and the
 * organisation settings for administrators.
 */
package org.servicetracker.tech.admin;
