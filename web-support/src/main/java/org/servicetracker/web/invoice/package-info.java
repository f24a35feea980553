/** Invoice PDF downloads over HTTP, for both web modules. */
package org.servicetracker.web.invoice;
