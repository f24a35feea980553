package org.servicetracker.order;

import java.util.regex.Pattern;

/** Order numbers: {@code SR-} and at least six digits, taken from a database sequence. */
public final class OrderNumber {
  private static final Pattern FORMAT = Pattern.compile("SR-\\d{6,}");
  private static final Pattern PART = Pattern.compile("s|sr|sr-|(sr-)?\\d+|-\\d+|r-\\d*");

  private OrderNumber() {}

  public static String format(long sequenceValue) {
    if (sequenceValue < 1) {
      throw new IllegalArgumentException("Order sequence values start at 1: " + sequenceValue);
    }
    return String.format("SR-%06d", sequenceValue);
  }

  public static boolean isWellFormed(String number) {
    return number != null && FORMAT.matcher(number).matches();
  }

  /** Whether a search text could be part of an order number ("sr-0001", "145"; any case). */
  public static boolean mayBePartOf(String text) {
    return text != null && PART.matcher(text.strip().toLowerCase(java.util.Locale.ROOT)).matches();
  }
}
