/**
 * T3: the visits of a day or week per technician, booking and moving them, overlap warnings, and
 * the parts each visit needs, checked against the stock.
 */
package org.servicetracker.schedule;
