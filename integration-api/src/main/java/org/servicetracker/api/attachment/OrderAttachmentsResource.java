package org.servicetracker.api.attachment;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicetracker.api.shared.ApiCaller;
import org.servicetracker.attachment.AttachmentService;
import org.servicetracker.attachment.AttachmentView;
import org.servicetracker.shared.ValidationException;
import org.servicetracker.worklog.WorkLine;

/** An order's files: list them, and upload one as a raw stream (I1, X2). */
@Path("/v1/orders/{number}/attachments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attachments")
public class OrderAttachmentsResource {
  @Inject AttachmentService attachments;
  @Inject ApiCaller caller;

  @GET
  @Operation(summary = "An order's files, oldest first")
  @APIResponse(
      responseCode = "200",
      description = "The files",
      content = @Content(schema = @Schema(implementation = AttachmentDto[].class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public List<AttachmentDto> list(@PathParam("number") String number) {
    return attachments.list(caller.actor(), number).stream().map(AttachmentDto::of).toList();
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Upload a file to the order",
      description =
          "The body is the file itself, streamed (up to the installation's limit, 500 MB by"
              + " default); the type is detected from its content. Programs are refused.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/octet-stream",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "201",
      description = "Stored; Location is the download",
      content = @Content(schema = @Schema(implementation = AttachmentDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "413", ref = "TooLarge")
  public Response upload(
      @PathParam("number") String number,
      @Parameter(description = "The file's name", required = true) @QueryParam("name") String name,
      @Parameter(description = "A work-log line the file documents, e.g. part-5 (staff)")
          @QueryParam("line")
          String line,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
      InputStream body) {
    if (name == null || name.isBlank()) {
      throw new ValidationException("name", "Name the file with ?name=.");
    }
    WorkLine workLine = WorkLine.parse(line);
    if (line != null && workLine == null) {
      throw new ValidationException("line", "'" + line + "' is not a line of a work log.");
    }
    AttachmentView stored =
        attachments.upload(
            caller.actor(), number, workLine, name, length == null ? -1 : length, body);
    return Response.created(URI.create("/api/v1/attachments/" + stored.id()))
        .entity(AttachmentDto.of(stored))
        .build();
  }
}
