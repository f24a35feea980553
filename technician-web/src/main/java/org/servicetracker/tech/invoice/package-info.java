/**
 * T11 in the technician app: issuing invoices from the work log, marking them paid, voiding them.
 */
package org.servicetracker.tech.invoice;
