package org.servicetracker.api.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Fixed one-minute windows of requests per API client, held in this server's memory. */
@ApplicationScoped
public class RateWindows {
  static final long WINDOW_MILLIS = 60_000;

  /** One request's place in its window. */
  public record Use(boolean allowed, int limit, int remaining, long resetSeconds) {}

  private record Window(long start, int count) {}

  private final Map<Long, Window> windows = new ConcurrentHashMap<>();
  private final Clock clock;

  public RateWindows() {
    this(Clock.systemUTC());
  }

  RateWindows(Clock clock) {
    this.clock = clock;
  }

  public Use take(long clientId, int limit) {
    long now = clock.millis();
    long start = now - now % WINDOW_MILLIS;
    Window window =
        windows.compute(
            clientId,
            (id, w) ->
                w == null || w.start() != start
                    ? new Window(start, 1)
                    : new Window(start, w.count() + 1));
    long reset = Math.max(1, (start + WINDOW_MILLIS - now + 999) / 1000);
    return new Use(window.count() <= limit, limit, Math.max(0, limit - window.count()), reset);
  }
}
