package org.servicetracker.order;

import java.io.Serializable;
import java.util.List;

/** What needs the service team's attention now (the technician dashboard). */
public record Attention(List<OrderSummary> urgent, List<OrderSummary> overdueEstimates)
    implements Serializable {}
