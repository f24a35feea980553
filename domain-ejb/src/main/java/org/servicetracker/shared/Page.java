package org.servicetracker.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list read from the database, with the total only when it was asked for. */
public record Page<T>(List<T> items, int page, int size, Long total) {

  /** This page's number counted from 1, as people read it. */
  public int number() {
    return page + 1;
  }

  /** How many pages there are (at least one), when the total was counted. */
  public long pageCount() {
    return total == null ? number() : Math.max(1, (total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  /** Whether a next page exists; without a total, a full page suggests one. */
  public boolean hasNext() {
    return total == null ? items.size() == size : number() < pageCount();
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, total);
  }
}
