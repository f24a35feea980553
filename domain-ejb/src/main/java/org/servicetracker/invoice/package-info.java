/**
 * Invoices (C9): issued from an order's uninvoiced labour and parts with tax, Outstanding until
 * paid or voided (Overdue when past due), a PDF made on the server, and finance notes that only the
 * customer's own organisation sees.
 */
package org.servicetracker.invoice;
