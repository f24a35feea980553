package org.servicetracker.order;

import java.util.Locale;
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
    return text != null && PART.matcher(text.strip().toLowerCase(Locale.ROOT)).matches();
  }

  /**
   * The lower-case {@code LIKE} pattern of the numbers a part of one matches ({@link
   * #mayBePartOf}). A part with the number's letters or dash ("SR-0001", "-0001", "sr") starts the
   * number: {@code sr-0001%}, a range of the index of numbers however many orders there are. Digits
   * alone may be anywhere in it: {@code %145%}, through the trigram index. Every number begins with
   * "sr-", so a pattern that kept those letters in the middle would make the trigram index read
   * every order.
   */
  public static String likePattern(String part) {
    String text = part.strip().toLowerCase(Locale.ROOT);
    String digits = text.replaceAll("\\D", "");
    return digits.equals(text) ? "%" + digits + "%" : "sr-" + digits + "%";
  }
}
