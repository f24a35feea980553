package org.servicetracker.organisation;

import java.math.BigDecimal;

/**
 * What administrators set on the settings page (A4): the switches, and the invoice terms (null
 * keeps the configured default).
 */
public record SettingsChange(
    boolean sms,
    boolean onlinePayment,
    boolean travelTracking,
    BigDecimal taxRate,
    Integer paymentDays) {}
