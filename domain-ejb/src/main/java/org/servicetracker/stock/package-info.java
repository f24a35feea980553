/**
 * T3: the organisation's stock of parts — what is on hand, counted by the service desk and used up
 * as technicians log installed parts — against which the schedule checks the parts visits need.
 */
package org.servicetracker.stock;
