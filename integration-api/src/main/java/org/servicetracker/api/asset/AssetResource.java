package org.servicetracker.api.asset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicetracker.api.shared.ApiCaller;
import org.servicetracker.api.shared.Idempotency;
import org.servicetracker.api.shared.Links;
import org.servicetracker.api.shared.Paging;
import org.servicetracker.asset.AssetService;
import org.servicetracker.asset.AssetView;
import org.servicetracker.asset.NewAsset;
import org.servicetracker.shared.Page;
import org.servicetracker.shared.ValidationException;

/** The asset register: search, read and register equipment (I1). */
@Path("/v1/assets")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assets")
public class AssetResource {
  @Inject AssetService assets;
  @Inject ApiCaller caller;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Search assets by name, tag, serial, maker, model or site")
  @APIResponse(
      responseCode = "200",
      description = "A page of assets, with Link headers",
      content = @Content(schema = @Schema(implementation = AssetPageDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  public Response search(
      @Parameter(description = "Text to look for") @QueryParam("q") String q,
      @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
      @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("size")
          String size) {
    Page<AssetView> found = assets.list(caller.actor(), q, Paging.of(page, size));
    return Links.paged(Response.ok(AssetPageDto.of(found)), uri, found).build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Read one asset")
  @APIResponse(
      responseCode = "200",
      description = "The asset",
      content = @Content(schema = @Schema(implementation = AssetDto.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public AssetDto get(@PathParam("id") long id) {
    return AssetDto.of(assets.get(caller.actor(), id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register an asset", description = "An Idempotency-Key makes retries safe.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = NewAssetDto.class)))
  @APIResponse(
      responseCode = "201",
      description = "Registered; Location names it",
      content = @Content(schema = @Schema(implementation = AssetDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  public Response create(
      @Parameter(description = "Makes retries safe (24 hours)") @HeaderParam(Idempotency.HEADER)
          String idempotencyKey,
      NewAssetDto body) {
    if (body == null) {
      throw new ValidationException("body", "Send the asset as a JSON object.");
    }
    long id =
        assets.create(
            caller.actor(),
            new NewAsset(
                body.accountId(),
                body.siteId(),
                body.name(),
                body.manufacturer(),
                body.model(),
                body.serialNumber(),
                body.assetTag()));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
        .entity(AssetDto.of(assets.get(caller.actor(), id)))
        .build();
  }
}
