/** T10 in the technician app: recommendations and quotes sent to the customer, answers per line. */
package org.servicetracker.tech.quote;
