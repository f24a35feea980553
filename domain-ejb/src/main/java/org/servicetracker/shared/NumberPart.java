package org.servicetracker.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * Search texts that may be part of a document's number — a prefix and digits, as in "SR-000145" or
 * "INV-000012" — and the lower-case {@code LIKE} pattern of the numbers each matches. A part with
 * the prefix's letters or dash ("SR-0001", "-0001", "sr") can only match where a number starts: a
 * prefix pattern, a range of an index of the numbers however many there are. Digits alone may be
 * anywhere in a number, found through a trigram index. A pattern that kept the prefix's letters in
 * its middle would make that index read every number: every number has them.
 */
public final class NumberPart {
  private NumberPart() {}

  /**
   * @param prefix the numbers' prefix, e.g. {@code SR-}
   * @return the pattern, or nothing when the text cannot be part of such a number
   */
  public static Optional<String> likePattern(String prefix, String text) {
    if (text == null) {
      return Optional.empty();
    }
    String part = text.strip().toLowerCase(Locale.ROOT);
    String start = prefix.toLowerCase(Locale.ROOT);
    int digitsFrom = part.length();
    while (digitsFrom > 0 && Character.isDigit(part.charAt(digitsFrom - 1))) {
      digitsFrom--;
    }
    String head = part.substring(0, digitsFrom);
    String digits = part.substring(digitsFrom);
    if (head.chars().anyMatch(Character::isDigit)) {
      return Optional.empty();
    }
    if (digits.isEmpty()) {
      boolean ofThePrefix =
          !head.isEmpty()
              && (start.startsWith(head)
                  || (head.length() > 1 && head.endsWith("-") && start.endsWith(head)));
      return ofThePrefix ? Optional.of(start + "%") : Optional.empty();
    }
    if (head.isEmpty()) {
      return Optional.of("%" + digits + "%");
    }
    return head.endsWith("-") && start.endsWith(head)
        ? Optional.of(start + digits + "%")
        : Optional.empty();
  }
}
