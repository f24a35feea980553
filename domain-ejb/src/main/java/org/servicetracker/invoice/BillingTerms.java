package org.servicetracker.invoice;

import java.math.BigDecimal;

/** The terms an invoice is issued on: currency, tax rate in percent, days until due. */
public record BillingTerms(String currency, BigDecimal taxRate, int paymentDays) {}
