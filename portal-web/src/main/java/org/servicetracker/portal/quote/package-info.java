/** C7/C8 in the portal: answering recommendations and quotes line by line, and the quotes list. */
package org.servicetracker.portal.quote;
