package org.servicetracker.shared;

/**
 * A count that stopped at a limit ("99+"), for a badge or a card that must not cost more the more
 * there is to count.
 */
public record CappedCount(long count, boolean capped) {

  /** {@code counted} of at most {@code limit} and one more: the one more says there are more. */
  public static CappedCount of(long counted, int limit) {
    return counted > limit ? new CappedCount(limit, true) : new CappedCount(counted, false);
  }

  /** The count as people read it: "99+" when counting stopped there. */
  public String text() {
    return count + (capped ? "+" : "");
  }
}
