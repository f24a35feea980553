/** C9 in the portal: the invoice archive, one invoice with its notes, the PDF download. */
package org.servicetracker.portal.invoice;
