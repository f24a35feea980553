package org.servicetracker.shared;

import java.util.List;

/**
 * Reads a page of a list and counts the list's matches up to a limit ("1000+" beyond it). Counting
 * every match costs as much as the list is long, and a large account's lists are hundreds of
 * thousands long; this way neither the count nor the page costs more than the limit, however long
 * the list grows. Within the counted part the matches' ids are read once, in list order, up to the
 * limit and one more: how many there are is the total, and the page is read by its ids (a search
 * runs once, not once for the page and again for the count). Past the limit the page is read at its
 * offset, and the total is exact only on the page where the list ends.
 */
public final class CappedPages {
  /** How far a list one pages through counts. */
  public static final int COUNT_LIMIT = 1000;

  /** How far a list counts when it needs no total: not at all. */
  public static final int NO_TOTAL = 0;

  /** The ids of a list's first {@code n} matches, in list order. */
  public interface FirstIds {
    List<Long> read(int n);
  }

  /** The items with these ids, in list order. */
  public interface ByIds<T> {
    List<T> read(List<Long> ids);
  }

  /** The {@code size} items from {@code offset} on, in list order. */
  public interface AtOffset<T> {
    List<T> read(int offset, int size);
  }

  private CappedPages() {}

  /**
   * @param countLimit how far to count: {@link #COUNT_LIMIT} for a list one pages through, less for
   *     a glance at one, {@link #NO_TOTAL} for none
   */
  public static <T> Page<T> read(
      PageRequest page, int countLimit, FirstIds firstIds, ByIds<T> byIds, AtOffset<T> atOffset) {
    if (countLimit == NO_TOTAL) {
      return new Page<>(atOffset.read(page.offset(), page.size()), page.page(), page.size(), null);
    }
    if (page.offset() + page.size() > countLimit) {
      List<T> items = atOffset.read(page.offset(), page.size());
      boolean last = !items.isEmpty() && items.size() < page.size();
      return new Page<>(
          items,
          page.page(),
          page.size(),
          last ? (long) page.offset() + items.size() : (long) countLimit,
          !last);
    }
    List<Long> ids = firstIds.read(countLimit + 1);
    List<Long> onPage =
        ids.subList(
            Math.min(page.offset(), ids.size()), Math.min(page.offset() + page.size(), ids.size()));
    return new Page<>(
        onPage.isEmpty() ? List.of() : byIds.read(onPage),
        page.page(),
        page.size(),
        (long) Math.min(ids.size(), countLimit),
        ids.size() > countLimit);
  }
}
