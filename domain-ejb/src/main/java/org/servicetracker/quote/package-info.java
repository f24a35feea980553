/**
 * Recommendations and quotes (C7, C8): staff propose work with priced lines; the customer approves,
 * declines or asks for clarification line by line, with an optional PO number. Every answer is
 * timestamped, on the order's timeline, and final once approved or declined.
 */
package org.servicetracker.quote;
