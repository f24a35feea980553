package org.servicetracker.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Case-insensitive substring patterns for {@code LIKE ... ESCAPE '\'} against lower-case search
 * columns, with the user's own {@code %}, {@code _} and {@code \} taken literally.
 */
public final class Like {
  /** The clause's escape character, to write as {@code ESCAPE '\'}. */
  public static final String ESCAPE = " ESCAPE '\\'";

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{3,}");

  private Like() {}

  /**
   * The longest word (letters and digits, at least three) of a text that has more than that word,
   * for a trigram index to look up alone: separators make the trigrams of "sn-1-0184" common to
   * every serial of the form "sn-…", and an index reading those long lists is several times slower
   * than one reading the rare trigrams of "0184". The whole text is then checked on what it finds.
   */
  public static Optional<String> selectiveWord(String text) {
    String longest = null;
    Matcher word = WORD.matcher(text.strip().toLowerCase(Locale.ROOT));
    while (word.find()) {
      if (longest == null || word.group().length() > longest.length()) {
        longest = word.group();
      }
    }
    return longest == null || longest.length() == text.strip().length()
        ? Optional.empty()
        : Optional.of(longest);
  }

  public static String contains(String text) {
    String escaped =
        text.strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
