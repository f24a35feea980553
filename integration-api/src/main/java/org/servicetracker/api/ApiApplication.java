package org.servicetracker.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicetracker.api.shared.Problem;

/**
 * The API lives under {@code /api}; every resource path starts with its version ({@code /v1}).
 *
 * <p>Resources are {@code @ApplicationScoped}: they keep nothing of a request (the caller is the
 * request-scoped {@code ApiCaller}, an injected {@code UriInfo} a proxy to the current one), and
 * creating and injecting one for every request took 4 % of an API request's CPU (bench/).
 */
@ApplicationPath("/")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Service Tracker Integration API",
            version = "v1",
            description =
                "The service organisation's orders, assets, invoices and proposals for enterprise"
                    + " integrations. Authenticate with an API key as a bearer token; a key scoped to"
                    + " one customer account sees that account only, a read-only key only reads."
                    + " Errors are application/problem+json with stable types. Creates and"
                    + " transitions take an Idempotency-Key; changes take If-Match. Every answer"
                    + " carries RateLimit headers; over the client's limit the answer is 429."),
    servers = @Server(url = "/api"),
    // The problem answers every operation refers to by name (ref = "NotFound" …), described once.
    components =
        @Components(
            responses = {
              @APIResponse(
                  name = "BadRequest",
                  responseCode = "400",
                  description =
                      "Invalid request: a missing or wrong field or parameter, or a malformed body; errors names the fields",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "Unauthorized",
                  responseCode = "401",
                  description = "Missing, invalid or revoked API key",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "Forbidden",
                  responseCode = "403",
                  description =
                      "Not allowed for this key: read-only, or not for an account-scoped key",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "NotFound",
                  responseCode = "404",
                  description =
                      "No such resource for this key (another account's resources are not found either)",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "PreconditionFailed",
                  responseCode = "412",
                  description =
                      "The resource changed since the ETag sent as If-Match; read it again",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "TooLarge",
                  responseCode = "413",
                  description = "The body or file is larger than allowed",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "Unprocessable",
                  responseCode = "422",
                  description = "The Idempotency-Key was used for a different request",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "PreconditionRequired",
                  responseCode = "428",
                  description = "If-Match is required: send the ETag of the version you read",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class)))
            }),
    tags = {
      @Tag(
          name = "Orders",
          description =
              "Service orders: search, read, open, change (If-Match), transitions, notes, work logs"),
      @Tag(name = "Assets", description = "The customers' equipment register"),
      @Tag(name = "Accounts", description = "Customer accounts and their sites"),
      @Tag(name = "Client", description = "The API client a key belongs to"),
      @Tag(name = "Invoices", description = "Invoices with their lines, and their PDFs"),
      @Tag(
          name = "Proposals",
          description = "Recommendations and quotes, answered line by line by the customer"),
      @Tag(name = "Attachments", description = "Files of orders, streamed both ways"),
      @Tag(
          name = "Webhooks",
          description = "Signed event deliveries to the client's own address, with a log")
    },
    security = @SecurityRequirement(name = "apiKey"))
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class ApiApplication extends Application {}
