package org.servicetracker.api.quote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicetracker.api.shared.ApiCaller;
import org.servicetracker.quote.ProposalService;

/** An order's recommendations and quotes, with the answers per line (I1). */
@Path("/v1/orders/{number}/proposals")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Proposals")
public class OrderProposalsResource {
  @Inject ProposalService proposals;
  @Inject ApiCaller caller;

  @GET
  @Operation(summary = "An order's recommendations and quotes, with the answers per line")
  @APIResponse(
      responseCode = "200",
      description = "Newest first",
      content = @Content(schema = @Schema(implementation = ProposalDto[].class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public List<ProposalDto> ofOrder(@PathParam("number") String number) {
    return proposals.ofOrder(caller.actor(), number).stream().map(ProposalDto::of).toList();
  }
}
