package org.servicetracker.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list read from the database, with the total only when it was asked for. */
public record Page<T>(List<T> items, int page, int size, Long total) {

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, total);
  }
}
