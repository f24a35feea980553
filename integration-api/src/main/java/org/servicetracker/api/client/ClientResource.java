package org.servicetracker.api.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicetracker.api.shared.ApiCaller;

/**
 * The client the key authenticates as, answered from the authentication alone: integrators check a
 * new key with it, and the benchmark measures the API's request overhead with it (its floor).
 */
@Path("/v1/client")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Client")
public class ClientResource {
  /** The API client a key belongs to. */
  @Schema(name = "Client")
  public record ClientDto(
      long id,
      String name,
      @Schema(description = "The customer account it is limited to; null for the organisation")
          Long accountId,
      boolean readOnly,
      @Schema(description = "Its own requests per minute; null for the installation's default")
          Integer rateLimit) {}

  @Inject ApiCaller caller;

  @GET
  @Operation(summary = "The API client this key belongs to")
  @APIResponse(
      responseCode = "200",
      description = "The client",
      content = @Content(schema = @Schema(implementation = ClientDto.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  public ClientDto get() {
    return new ClientDto(
        caller.clientId(),
        caller.actor().name(),
        caller.actor().accountId(),
        caller.readOnly(),
        caller.rateLimit());
  }
}
