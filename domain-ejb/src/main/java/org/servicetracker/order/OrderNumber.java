package org.servicetracker.order;

import java.util.regex.Pattern;
import org.servicetracker.shared.NumberPart;

/** Order numbers: {@code SR-} and at least six digits, taken from a database sequence. */
public final class OrderNumber {
  private static final String PREFIX = "SR-";
  private static final Pattern FORMAT = Pattern.compile(PREFIX + "\\d{6,}");

  private OrderNumber() {}

  public static String format(long sequenceValue) {
    if (sequenceValue < 1) {
      throw new IllegalArgumentException("Order sequence values start at 1: " + sequenceValue);
    }
    return String.format(PREFIX + "%06d", sequenceValue);
  }

  public static boolean isWellFormed(String number) {
    return number != null && FORMAT.matcher(number).matches();
  }

  /** Whether a search text could be part of an order number ("sr-0001", "145"; any case). */
  public static boolean mayBePartOf(String text) {
    return NumberPart.likePattern(PREFIX, text).isPresent();
  }

  /** The {@code LIKE} pattern of the numbers a part of one matches (see {@link NumberPart}). */
  public static String likePattern(String part) {
    return NumberPart.likePattern(PREFIX, part).orElseThrow();
  }
}
