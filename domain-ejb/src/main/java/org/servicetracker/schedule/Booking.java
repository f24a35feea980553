package org.servicetracker.schedule;

import java.io.Serializable;
import java.util.List;

/** A booked visit and the visits of the same technicians it overlaps (a warning, not a refusal). */
public record Booking(String orderNumber, List<Visit> overlapping) implements Serializable {}
