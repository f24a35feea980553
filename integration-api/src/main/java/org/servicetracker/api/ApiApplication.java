package org.servicetracker.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/** The API lives under {@code /api}; every resource path starts with its version ({@code /v1}). */
@ApplicationPath("/")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Service Tracker Integration API",
            version = "v1",
            description =
                "Orders of a service organisation for enterprise integrations. Authenticate with an API key as a"
                    + " bearer token; a key scoped to one customer account sees that account only. Errors are"
                    + " application/problem+json."),
    servers = @Server(url = "/api"),
    security = @SecurityRequirement(name = "apiKey"))
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class ApiApplication extends Application {}
