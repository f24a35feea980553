/** Invoices and their PDFs (I1). */
package org.servicetracker.api.invoice;
