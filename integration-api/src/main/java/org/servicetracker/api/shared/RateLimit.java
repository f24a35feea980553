package org.servicetracker.api.shared;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * I7: each client may send a number of requests per minute (its own limit, or {@code
 * st.api.rate-limit}); beyond it the answer is 429 with {@code Retry-After}. Every answer carries
 * {@code RateLimit-Limit}, {@code RateLimit-Remaining}, {@code RateLimit-Reset} (seconds) and
 * {@code RateLimit-Policy} so that clients can pace themselves. Counted per server.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 1)
public class RateLimit implements ContainerRequestFilter, ContainerResponseFilter {
  private static final String WINDOW = RateLimit.class.getName() + ".window";

  @Inject RateWindows windows;
  @Inject ApiCaller caller;

  @Inject
  @ConfigProperty(name = "st.api.rate-limit", defaultValue = "600")
  int defaultLimit;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!caller.isAuthenticated()) {
      return;
    }
    int limit = caller.rateLimit() == null ? defaultLimit : caller.rateLimit();
    RateWindows.Use use = windows.take(caller.clientId(), limit);
    request.setProperty(WINDOW, use);
    if (!use.allowed()) {
      request.abortWith(
          Response.fromResponse(
                  Problem.of(
                          "rate-limited",
                          "Too many requests",
                          429,
                          "This API key may send "
                              + limit
                              + " requests a minute; try again in "
                              + use.resetSeconds()
                              + " seconds.")
                      .toResponse())
              .header(HttpHeaders.RETRY_AFTER, use.resetSeconds())
              .build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(WINDOW) instanceof RateWindows.Use use) {
      MultivaluedMap<String, Object> headers = response.getHeaders();
      headers.putSingle("RateLimit-Limit", use.limit());
      headers.putSingle("RateLimit-Remaining", use.remaining());
      headers.putSingle("RateLimit-Reset", use.resetSeconds());
      headers.putSingle("RateLimit-Policy", use.limit() + ";w=60");
    }
  }
}
