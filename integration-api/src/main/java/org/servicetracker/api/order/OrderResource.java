package org.servicetracker.api.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicetracker.api.shared.ApiCaller;
import org.servicetracker.api.shared.Paging;
import org.servicetracker.api.shared.Problem;
import org.servicetracker.order.OrderFilter;
import org.servicetracker.order.OrderService;
import org.servicetracker.shared.PageRequest;

/** Service orders visible to the API client. */
@Path("/v1/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class OrderResource {
  @Inject OrderService orders;
  @Inject ApiCaller caller;

  @GET
  @Operation(
      summary = "List orders, newest first",
      description = "An account-scoped key sees its own account only.")
  @APIResponse(
      responseCode = "200",
      description = "A page of orders",
      content = @Content(schema = @Schema(implementation = OrderPageDto.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid paging",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "401",
      description = "Missing or invalid API key",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public OrderPageDto list(
      @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
      @Parameter(
              description =
                  "Page size, 1 to "
                      + PageRequest.MAX_SIZE
                      + " (default "
                      + Paging.DEFAULT_SIZE
                      + ")")
          @QueryParam("size")
          String size) {
    return OrderPageDto.of(
        orders.list(caller.actor(), OrderFilter.ALL, Paging.of(page, size), true));
  }

  @GET
  @Path("/{number}")
  @Operation(summary = "Read one order with its timeline")
  @APIResponse(
      responseCode = "200",
      description = "The order",
      content = @Content(schema = @Schema(implementation = OrderDetailDto.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such order for this client",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public OrderDetailDto get(
      @Parameter(description = "Order number, e.g. SR-000145") @PathParam("number") String number) {
    return OrderDetailDto.of(orders.details(caller.actor(), number));
  }
}
