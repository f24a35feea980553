package org.servicetracker.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The API lives under {@code /api}; every resource path starts with its version ({@code /v1}). */
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
    tags = {
      @Tag(
          name = "Orders",
          description =
              "Service orders: search, read, open, change (If-Match), transitions, notes, work logs"),
      @Tag(name = "Assets", description = "The customers' equipment register"),
      @Tag(name = "Accounts", description = "Customer accounts and their sites"),
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
