package org.servicetracker.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list read from the database, with the total only when it was asked for. A total can
 * be {@code capped}: counting stopped there, and there are more (a count must not cost more than
 * the page itself however large the list grows).
 */
public record Page<T>(List<T> items, int page, int size, Long total, boolean capped) {

  public Page(List<T> items, int page, int size, Long total) {
    this(items, page, size, total, false);
  }

  /** This page's number counted from 1, as people read it. */
  public int number() {
    return page + 1;
  }

  /** The total as people read it: "1000+" when counting stopped there. */
  public String totalText() {
    return total == null ? "" : total + (capped ? "+" : "");
  }

  /** How many pages there are (at least one), when the total was counted. */
  public long pageCount() {
    return total == null ? number() : Math.max(1, (total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  /** {@link #pageCount()} as people read it: "40+" when the total was capped. */
  public String pageCountText() {
    return pageCount() + (capped ? "+" : "");
  }

  /** Whether a next page exists; without an exact total, a full page suggests one. */
  public boolean hasNext() {
    return total == null || capped ? items.size() == size : number() < pageCount();
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, total, capped);
  }
}
