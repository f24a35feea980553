package org.servicetracker.api.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.servicetracker.notification.Channel;
import org.servicetracker.notification.OutboxMonitor;
import org.servicetracker.notification.OutboxMonitor.Depth;

/**
 * The outbox as operators watch it: {@code st_outbox_pending} (waiting to be sent or retried) and
 * {@code st_outbox_failed} (given up after every retry), per channel. Counted in the database at
 * most every {@value #FRESH_MILLIS} ms, however often it is scraped.
 */
@ApplicationScoped
public class OutboxGauges {
  static final long FRESH_MILLIS = 5_000;

  @Inject MetricRegistry registry;
  @Inject OutboxMonitor outbox;

  private volatile Map<Channel, Depth> depths;
  private volatile long countedAt;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    gauge("st_outbox_pending", "Outbox messages waiting to be sent (or retried)", Depth::pending);
    gauge("st_outbox_failed", "Outbox messages given up after every retry", Depth::failed);
  }

  private void gauge(String name, String description, ToLongFunction<Depth> value) {
    Metadata metadata = Metadata.builder().withName(name).withDescription(description).build();
    for (Channel channel : Channel.values()) {
      registry.gauge(
          metadata,
          () -> value.applyAsLong(depths().get(channel)),
          new Tag("channel", channel.name().toLowerCase(Locale.ROOT)));
    }
  }

  private Map<Channel, Depth> depths() {
    if (depths == null || System.currentTimeMillis() - countedAt > FRESH_MILLIS) {
      depths = outbox.depths();
      countedAt = System.currentTimeMillis();
    }
    return depths;
  }
}
