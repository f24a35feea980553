package org.servicetracker.api.shared;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's JSON binding: a field the schema does not have is an error (a typo must not be silently
 * ignored), and absent values are left out of answers.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {
  /** Yasson's switch (Liberty's JSON-B implementation). */
  private static final String FAIL_ON_UNKNOWN = "jsonb.fail-on-unknown-properties";

  static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().setProperty(FAIL_ON_UNKNOWN, true));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
