package org.servicetracker.api.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicetracker.api.shared.ApiCaller;
import org.servicetracker.api.shared.Dates;
import org.servicetracker.api.shared.ETags;
import org.servicetracker.api.shared.Enums;
import org.servicetracker.api.shared.Idempotency;
import org.servicetracker.api.shared.Links;
import org.servicetracker.api.shared.Paging;
import org.servicetracker.order.NewOrder;
import org.servicetracker.order.OrderDetails;
import org.servicetracker.order.OrderKind;
import org.servicetracker.order.OrderQuery;
import org.servicetracker.order.OrderService;
import org.servicetracker.order.OrderSort;
import org.servicetracker.order.OrderStatus;
import org.servicetracker.order.OrderSummary;
import org.servicetracker.order.Priority;
import org.servicetracker.shared.Page;
import org.servicetracker.shared.PageRequest;
import org.servicetracker.shared.ValidationException;

/** The orders visible to the API client: search them and open new ones (I1). */
@Path("/v1/orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class OrderResource {
  @Inject OrderService orders;
  @Inject ApiCaller caller;
  @Context UriInfo uri;

  @GET
  @Operation(
      summary = "Search orders",
      description =
          "The portal's filters and sorts; an account-scoped key sees its own account only. Pages"
              + " carry RFC 8288 Link headers (first, prev, next, last).")
  @APIResponse(
      responseCode = "200",
      description = "A page of orders",
      content = @Content(schema = @Schema(implementation = OrderPageDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  public Response search(
      @Parameter(
              description =
                  "Text in the asset's name, tag, serial, make or model, the site's name, or the order number")
          @QueryParam("q")
          String q,
      @Parameter(description = "Any of these statuses (repeat the parameter)") @QueryParam("status")
          List<String> statuses,
      @Parameter(description = "LOW, NORMAL, HIGH or URGENT") @QueryParam("priority")
          String priority,
      @Parameter(description = "Created on or after (YYYY-MM-DD)") @QueryParam("createdFrom")
          String createdFrom,
      @Parameter(description = "Created on or before (YYYY-MM-DD)") @QueryParam("createdTo")
          String createdTo,
      @Parameter(description = "CREATED (default) or UPDATED, newest first") @QueryParam("sort")
          String sort,
      @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
      @Parameter(description = "Page size, 1 to " + PageRequest.MAX_SIZE + " (default 50)")
          @QueryParam("size")
          String size) {
    Set<OrderStatus> wanted = EnumSet.noneOf(OrderStatus.class);
    statuses.forEach(s -> wanted.add(Enums.required(OrderStatus.class, "status", s)));
    OrderQuery query =
        new OrderQuery(
            q,
            wanted,
            Enums.parse(Priority.class, "priority", priority),
            Dates.parse("createdFrom", createdFrom),
            Dates.parse("createdTo", createdTo),
            Enums.parse(OrderSort.class, "sort", sort));
    Page<OrderSummary> found = orders.search(caller.actor(), query, Paging.of(page, size));
    return Links.paged(Response.ok(OrderPageDto.of(found)), uri, found).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Open an order",
      description =
          "Send an Idempotency-Key to make retries safe: the same key and body return the first"
              + " answer; the same key with another body is refused (422).")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = NewOrderDto.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names it",
      headers = {
        @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
        @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))
      },
      content = @Content(schema = @Schema(implementation = OrderDetailDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response create(
      @Parameter(description = "Makes retries safe (24 hours)") @HeaderParam(Idempotency.HEADER)
          String idempotencyKey,
      NewOrderDto body) {
    if (body == null) {
      throw new ValidationException("body", "Send the order as a JSON object.");
    }
    String number =
        orders.create(
            caller.actor(),
            new NewOrder(
                body.accountId(),
                body.siteId(),
                body.contactId(),
                body.assetId(),
                Enums.required(OrderKind.class, "kind", body.kind()),
                Enums.parse(Priority.class, "priority", body.priority(), Priority.NORMAL),
                body.summary(),
                body.detail(),
                !Boolean.TRUE.equals(body.draft())));
    return withETag(
            Response.created(uri.getAbsolutePathBuilder().path(number).build()),
            orders.details(caller.actor(), number))
        .build();
  }

  static Response.ResponseBuilder withETag(Response.ResponseBuilder response, OrderDetails order) {
    return response.entity(OrderDetailDto.of(order)).tag(ETags.of(order.version()));
  }
}
