package org.servicetracker.api.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicetracker.api.shared.ApiCaller;
import org.servicetracker.attachment.AttachmentService;
import org.servicetracker.attachment.AttachmentService.StoredFile;

/** A file's bytes, streamed from the store (I1, X2). */
@Path("/v1/attachments/{id}")
@ApplicationScoped
@Tag(name = "Attachments")
public class AttachmentResource {
  @Inject AttachmentService attachments;
  @Inject ApiCaller caller;

  @GET
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download a file", description = "Its detected type, length and name.")
  @APIResponse(
      responseCode = "200",
      description = "The file",
      content =
          @Content(
              mediaType = "application/octet-stream",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response download(@PathParam("id") long id) throws IOException {
    StoredFile file = attachments.open(caller.actor(), id);
    StreamingOutput bytes =
        out -> {
          try (file) {
            file.content().transferTo(out);
          }
        };
    String name = file.view().fileName();
    return Response.ok(bytes, file.view().contentType())
        .header("Content-Length", file.view().size())
        .header(
            "Content-Disposition",
            "attachment; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
