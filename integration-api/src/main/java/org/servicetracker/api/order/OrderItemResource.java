package org.servicetracker.api.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicetracker.api.order.OrderDetailDto.TimelineEntryDto;
import org.servicetracker.api.shared.ApiCaller;
import org.servicetracker.api.shared.ETags;
import org.servicetracker.api.shared.Enums;
import org.servicetracker.api.shared.Idempotency;
import org.servicetracker.order.OrderDetails;
import org.servicetracker.order.OrderService;
import org.servicetracker.order.OrderStatus;
import org.servicetracker.order.Priority;
import org.servicetracker.order.StatusChange;
import org.servicetracker.order.TimelineKind;
import org.servicetracker.order.Visibility;
import org.servicetracker.shared.ValidationException;

/**
 * One order (I1): read it, change its fields (If-Match required), move it along the lifecycle, and
 * its notes.
 */
@Path("/v1/orders/{number}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class OrderItemResource {
  @Inject OrderService orders;
  @Inject ApiCaller caller;

  @GET
  @Operation(summary = "Read one order with its timeline")
  @APIResponse(
      responseCode = "200",
      description = "The order; its ETag is the version to send back as If-Match",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = OrderDetailDto.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response get(
      @Parameter(description = "Order number, e.g. SR-000145") @PathParam("number") String number) {
    return OrderResource.withETag(Response.ok(), orders.details(caller.actor(), number)).build();
  }

  @PATCH
  @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
  @Operation(
      summary = "Change an order's priority or expected completion",
      description = "Requires If-Match with the ETag you read: 428 without it, 412 when stale.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = OrderPatchDto.class)))
  @APIResponse(
      responseCode = "200",
      description = "The changed order",
      content = @Content(schema = @Schema(implementation = OrderDetailDto.class)))
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response update(
      @PathParam("number") String number,
      @Parameter(description = "The ETag of the version you read", required = true)
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch,
      OrderPatchDto patch) {
    Long version = ETags.expected(ifMatch, true);
    if (patch == null || (patch.priority() == null && patch.estimatedCompletion() == null)) {
      throw new ValidationException(
          "body", "Send the changes as a JSON object with priority or estimatedCompletion.");
    }
    OrderDetails order = orders.details(caller.actor(), number);
    if (patch.priority() != null) {
      order =
          orders.changePriority(
              caller.actor(),
              number,
              Enums.required(Priority.class, "priority", patch.priority()),
              version);
      version = order.version();
    }
    if (patch.estimatedCompletion() != null) {
      order =
          orders.estimateCompletion(caller.actor(), number, patch.estimatedCompletion(), version);
    }
    return OrderResource.withETag(Response.ok(), order).build();
  }

  @POST
  @Path("/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Move an order to another status",
      description =
          "Only moves of the lifecycle are allowed (400 otherwise); customers are told as in the"
              + " portal. If-Match is optional (412 when stale); an Idempotency-Key makes retries"
              + " safe.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = TransitionDto.class)))
  @APIResponse(
      responseCode = "200",
      description = "The order in its new status",
      content = @Content(schema = @Schema(implementation = OrderDetailDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  public Response transition(
      @PathParam("number") String number,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Parameter(description = "Makes retries safe (24 hours)") @HeaderParam(Idempotency.HEADER)
          String idempotencyKey,
      TransitionDto body) {
    if (body == null) {
      throw new ValidationException("body", "Send the transition as a JSON object.");
    }
    StatusChange change =
        new StatusChange(
            Enums.required(OrderStatus.class, "to", body.to()),
            body.note(),
            body.partsSupplier(),
            body.partsEta(),
            body.rmaReference(),
            body.cancelReason());
    OrderDetails order =
        orders.changeStatus(caller.actor(), number, change, ETags.expected(ifMatch, false));
    return OrderResource.withETag(Response.ok(), order).build();
  }

  @GET
  @Path("/notes")
  @Operation(
      summary = "The notes on an order's timeline",
      description = "Account-scoped keys see public notes only.")
  @APIResponse(
      responseCode = "200",
      description = "Notes, oldest first",
      content = @Content(schema = @Schema(implementation = TimelineEntryDto[].class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public List<TimelineEntryDto> notes(@PathParam("number") String number) {
    return orders.details(caller.actor(), number).timeline().stream()
        .filter(t -> t.kind() == TimelineKind.NOTE)
        .map(TimelineEntryDto::of)
        .toList();
  }

  @POST
  @Path("/notes")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add a note",
      description =
          "PUBLIC notes are mailed to the customer as in the portal; INTERNAL notes are for"
              + " organisation-scoped keys and never reach the customer.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = NoteDto.class)))
  @APIResponse(
      responseCode = "201",
      description = "The order with the note on its timeline",
      content = @Content(schema = @Schema(implementation = OrderDetailDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  public Response addNote(
      @PathParam("number") String number,
      @Parameter(description = "Makes retries safe (24 hours)") @HeaderParam(Idempotency.HEADER)
          String idempotencyKey,
      NoteDto body) {
    if (body == null) {
      throw new ValidationException("body", "Send the note as a JSON object.");
    }
    Visibility visibility =
        Enums.parse(Visibility.class, "visibility", body.visibility(), Visibility.PUBLIC);
    OrderDetails order = orders.addNote(caller.actor(), number, body.body(), visibility);
    return OrderResource.withETag(Response.status(Response.Status.CREATED), order).build();
  }
}
