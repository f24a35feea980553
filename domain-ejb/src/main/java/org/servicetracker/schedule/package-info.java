/** T3: the visits of a day or week per technician, booking and moving them, overlap warnings. */
package org.servicetracker.schedule;
