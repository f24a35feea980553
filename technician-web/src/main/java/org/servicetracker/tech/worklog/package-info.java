/** T8 in the technician app: logging labour and installed parts on an order. */
package org.servicetracker.tech.worklog;
