/**
 * Work logs (T8, and the customer's Parts &amp; Labour tab of C5): labour with billable hours and
 * rate, installed parts with quantity, cost code and unit price. Invoices are made from them.
 */
package org.servicetracker.worklog;
