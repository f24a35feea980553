/**
 * Dev services for the run and test commands: an embedded PostgreSQL when no database is
 * configured, and a local SMTP server whose mail can be read in a browser (and by the system tests)
 * at the mail viewer.
 */
package org.servicetracker.devservices;
