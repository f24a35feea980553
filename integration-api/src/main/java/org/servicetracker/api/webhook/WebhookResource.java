package org.servicetracker.api.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicetracker.api.shared.ApiCaller;
import org.servicetracker.api.shared.Links;
import org.servicetracker.api.shared.Paging;
import org.servicetracker.shared.Page;
import org.servicetracker.shared.ValidationException;
import org.servicetracker.webhook.DeliveryView;
import org.servicetracker.webhook.NewSubscription;
import org.servicetracker.webhook.SubscriptionView;
import org.servicetracker.webhook.WebhookService;

/**
 * The calling client's webhook subscriptions (I6). Deliveries are POSTs of {@code {"id", "type",
 * "occurredAt", "accountId", "data"}} with {@code Webhook-Id} (the event; drop repeats by it),
 * {@code Webhook-Event}, {@code Webhook-Timestamp} and {@code Webhook-Signature: t=<timestamp>,
 * v1=<hex HMAC-SHA256 of "timestamp.body" with the subscription's secret>}. Anything but a 2xx
 * answer is retried with exponential back-off for 24 hours.
 */
@Path("/v1/webhooks")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class WebhookResource {
  /** A new subscription. */
  @Schema(name = "NewWebhook")
  public record NewWebhookDto(
      @Schema(required = true, example = "https://erp.example.com/hooks/service-tracker")
          String url,
      @Schema(
              required = true,
              description =
                  "Any of order.created, order.status_changed, order.note_added, invoice.issued,"
                      + " invoice.paid, invoice.voided, asset.changed")
          List<String> events) {}

  /** A subscription; {@code secret} only in the answer that created it. */
  @Schema(name = "Webhook")
  public record WebhookDto(
      long id,
      String url,
      List<String> events,
      boolean active,
      Instant createdAt,
      @Schema(description = "The signing secret, shown once") String secret) {

    static WebhookDto of(SubscriptionView s, String secret) {
      return new WebhookDto(s.id(), s.url(), s.events(), s.active(), s.createdAt(), secret);
    }
  }

  /** One delivery of the log. */
  @Schema(name = "WebhookDelivery")
  public record DeliveryDto(
      long id,
      String eventId,
      String eventType,
      @Schema(enumeration = {"PENDING", "DELIVERED", "FAILED"}) String status,
      int attempts,
      @Schema(description = "The receiver's last status code, none without an answer")
          Integer lastStatusCode,
      @Schema(description = "How long the last attempt took") Integer lastDurationMs,
      String lastError,
      Instant createdAt,
      Instant deliveredAt) {

    static DeliveryDto of(DeliveryView d) {
      return new DeliveryDto(
          d.id(),
          d.eventId(),
          d.eventType(),
          d.status(),
          d.attempts(),
          d.lastStatusCode(),
          d.lastDurationMs(),
          d.lastError(),
          d.createdAt(),
          d.deliveredAt());
    }
  }

  /** A page of deliveries, newest first. */
  @Schema(name = "WebhookDeliveryPage")
  public record DeliveryPageDto(List<DeliveryDto> items, int page, int size) {}

  @Inject WebhookService webhooks;
  @Inject ApiCaller caller;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "This client's active subscriptions")
  @APIResponse(
      responseCode = "200",
      description = "Subscriptions",
      content = @Content(schema = @Schema(implementation = WebhookDto[].class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  public List<WebhookDto> list() {
    return webhooks.subscriptions(caller.clientId()).stream()
        .map(s -> WebhookDto.of(s, null))
        .toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Subscribe an address to event types")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = NewWebhookDto.class)))
  @APIResponse(
      responseCode = "201",
      description = "Subscribed; the answer carries the signing secret, this once",
      content = @Content(schema = @Schema(implementation = WebhookDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  public Response subscribe(NewWebhookDto body) {
    if (body == null) {
      throw new ValidationException("body", "Send the subscription as a JSON object.");
    }
    NewSubscription created = webhooks.subscribe(caller.clientId(), body.url(), body.events());
    return Response.created(
            uri.getAbsolutePathBuilder().path(Long.toString(created.subscription().id())).build())
        .entity(WebhookDto.of(created.subscription(), created.secret()))
        .build();
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "End a subscription")
  @APIResponse(responseCode = "204", description = "Ended; nothing more is sent to it")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response unsubscribe(@PathParam("id") long id) {
    webhooks.unsubscribe(caller.clientId(), id);
    return Response.noContent().build();
  }

  @GET
  @Path("/{id}/deliveries")
  @Operation(summary = "The delivery log: status, attempts, last status code and time")
  @APIResponse(
      responseCode = "200",
      description = "Deliveries, newest first, with Link headers",
      content = @Content(schema = @Schema(implementation = DeliveryPageDto.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response deliveries(
      @PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size) {
    Page<DeliveryView> found = webhooks.deliveries(caller.clientId(), id, Paging.of(page, size));
    DeliveryPageDto body =
        new DeliveryPageDto(
            found.items().stream().map(DeliveryDto::of).toList(), found.page(), found.size());
    return Links.paged(Response.ok(body), uri, found).build();
  }

  @POST
  @Path("/{id}/deliveries/{deliveryId}/replay")
  @Operation(summary = "Send a delivery again (same event id and body)")
  @APIResponse(
      responseCode = "202",
      description = "Queued",
      content = @Content(schema = @Schema(implementation = DeliveryDto.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response replay(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
    return Response.accepted(DeliveryDto.of(webhooks.replay(caller.clientId(), id, deliveryId)))
        .build();
  }

  @POST
  @Path("/{id}/ping")
  @Operation(summary = "Send a test event (type ping) to this subscription")
  @APIResponse(
      responseCode = "202",
      description = "Queued",
      content = @Content(schema = @Schema(implementation = DeliveryDto.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response ping(@PathParam("id") long id) {
    return Response.accepted(DeliveryDto.of(webhooks.ping(caller.clientId(), id))).build();
  }
}
