/** T3 in the technician app: the day and week calendar of visits, booking and moving visits. */
package org.servicetracker.tech.schedule;
