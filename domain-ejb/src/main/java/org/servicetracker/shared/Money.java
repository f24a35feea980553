package org.servicetracker.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Amounts for people: "€1,234.50", "£12.00", "CHF 99.90". */
public final class Money {
  private Money() {}

  public static String format(BigDecimal amount, String currency) {
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
    format.setCurrency(Currency.getInstance(currency));
    return format.format(amount);
  }
}
