package org.servicetracker.api.shared;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.servicetracker.integration.ApiClientService;

/** Every API call needs {@code Authorization: Bearer <key>} of an active API client. */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {
  private static final String BEARER = "Bearer ";

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
            caller::set,
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
