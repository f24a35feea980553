package org.servicetracker.api.quote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicetracker.api.shared.ApiCaller;
import org.servicetracker.api.shared.ETags;
import org.servicetracker.api.shared.Enums;
import org.servicetracker.api.shared.Idempotency;
import org.servicetracker.quote.Decision;
import org.servicetracker.quote.ProposalService;
import org.servicetracker.quote.ProposalView;
import org.servicetracker.shared.ValidationException;

/** The customer's answers to recommendations and quotes, per line (I1). */
@Path("/v1/proposals")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Proposals")
public class ProposalResource {
  /** The customer's answer: a decision per line (lines left out stay as they are). */
  @Schema(name = "ProposalResponse")
  public record ResponseDto(
      @Schema(required = true) List<LineDecision> lines,
      @Schema(description = "Purchase order number", maxLength = 100) String poNumber,
      @Schema(description = "Required when asking for clarification", maxLength = 2000)
          String comment) {}

  /** One line's decision. */
  @Schema(name = "LineDecision")
  public record LineDecision(
      @Schema(required = true) Long id,
      @Schema(
              required = true,
              enumeration = {"APPROVED", "DECLINED", "CLARIFY"})
          String decision) {}

  @Inject ProposalService proposals;
  @Inject ApiCaller caller;

  @POST
  @Path("/{id}/responses")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Answer a recommendation or quote (account-scoped clients)",
      description =
          "APPROVED and DECLINED are final; CLARIFY needs a comment. If-Match (the proposal's"
              + " version) is optional: 412 when stale.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = ResponseDto.class)))
  @APIResponse(
      responseCode = "200",
      description = "The proposal with the answers",
      content = @Content(schema = @Schema(implementation = ProposalDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public Response respond(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Parameter(description = "Makes retries safe (24 hours)") @HeaderParam(Idempotency.HEADER)
          String idempotencyKey,
      ResponseDto body) {
    if (body == null || body.lines() == null || body.lines().isEmpty()) {
      throw new ValidationException("lines", "Send a decision for at least one line.");
    }
    Map<Long, Decision> decisions = new LinkedHashMap<>();
    for (LineDecision line : body.lines()) {
      if (line == null || line.id() == null) {
        throw new ValidationException("lines", "Every decision names its line's id.");
      }
      decisions.put(line.id(), Enums.required(Decision.class, "decision", line.decision()));
    }
    ProposalView answered =
        proposals.respond(
            caller.actor(),
            id,
            decisions,
            body.poNumber(),
            body.comment(),
            ETags.expected(ifMatch, false));
    return Response.ok(ProposalDto.of(answered)).tag(ETags.of(answered.version())).build();
  }
}
