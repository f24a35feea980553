package org.servicetracker.api.shared;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.servicetracker.integration.ApiClientService;

/**
 * Every API call needs {@code Authorization: Bearer <key>} of an active API client; a read-only
 * client may only read.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {
  private static final String BEARER = "Bearer ";
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  @Inject ApiClientService clients;
  @Inject ApiCaller caller;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    String key =
        header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
            ? header.substring(BEARER.length()).trim()
            : null;
    clients
        .authenticate(key)
        .ifPresentOrElse(
            identity -> {
              caller.set(identity);
              if (identity.readOnly() && !READS.contains(request.getMethod())) {
                request.abortWith(
                    Problem.of(
                            "read-only-key",
                            "Read-only API key",
                            Response.Status.FORBIDDEN,
                            "This API key may only read; ask an administrator for a read-write key.")
                        .toResponse());
              }
            },
            () ->
                request.abortWith(
                    Response.fromResponse(
                            Problem.of(
                                    "unauthorized",
                                    "Authentication required",
                                    Response.Status.UNAUTHORIZED,
                                    key == null
                                        ? "Send your API key as 'Authorization: Bearer <key>'."
                                        : "The API key is not valid, or it has been revoked.")
                                .toResponse())
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"service-tracker\"")
                        .build()));
  }
}
