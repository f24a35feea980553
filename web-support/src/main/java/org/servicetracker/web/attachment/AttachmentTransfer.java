package org.servicetracker.web.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicetracker.attachment.AttachmentService;
import org.servicetracker.attachment.AttachmentService.StoredFile;
import org.servicetracker.attachment.AttachmentView;
import org.servicetracker.attachment.FileSizes;
import org.servicetracker.attachment.TooLargeException;
import org.servicetracker.shared.AccessDeniedException;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.DomainException;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.shared.ValidationException;
import org.servicetracker.worklog.WorkLine;

/**
 * The attachments endpoint of a web module, which maps it to /attachments/* with the signed-in
 * actor: {@code POST ?order=SR-…[&line=part-5]} streams the request body into the attachment store,
 * as a file of the order (documenting a line of its work log) or, with no order, staged for the
 * new-request form; {@code GET /{id}/{name}} streams a file back as a download, {@code DELETE
 * /{id}} takes a staged file off the form. Uploads are sent by the upload widget's script, with the
 * file name in {@code X-File-Name}; the {@code X-Requested-With} header it must carry cannot be
 * sent cross-site without CORS, which this server never grants.
 */
@ApplicationScoped
public class AttachmentTransfer {
  private static final Logger LOG = Logger.getLogger(AttachmentTransfer.class.getName());

  @Inject AttachmentService attachments;

  public void upload(HttpServletRequest request, HttpServletResponse response, Actor actor)
      throws IOException {
    if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
      answer(response, 403, error("Uploads come from the application's own pages."));
      return;
    }
    String name = request.getHeader("X-File-Name");
    if (name == null || name.isBlank()) {
      answer(response, 400, error("The file has no name."));
      return;
    }
    name = URLDecoder.decode(name, StandardCharsets.UTF_8);
    String order = queryParameter(request.getQueryString(), "order");
    String line = queryParameter(request.getQueryString(), "line");
    try {
      AttachmentView view =
          attachments.upload(
              actor,
              order,
              line == null ? null : requireLine(line),
              name,
              request.getContentLengthLong(),
              request.getInputStream());
      answer(response, 201, describe(view));
    } catch (TooLargeException e) {
      response.setHeader("Connection", "close"); // do not read the rest of an over-size body
      answer(response, 413, error(e.getMessage()));
    } catch (NotFoundException e) {
      answer(response, 404, error(e.getMessage()));
    } catch (AccessDeniedException e) {
      answer(response, 403, error(e.getMessage()));
    } catch (DomainException e) {
      answer(response, 400, error(e.getMessage()));
    } catch (UncheckedIOException | IllegalStateException e) {
      LOG.log(Level.WARNING, "Upload of " + name + " failed", e);
      answer(response, 500, error("The file could not be stored. Please try again."));
    }
  }

  public void download(HttpServletRequest request, HttpServletResponse response, Actor actor)
      throws IOException {
    Long id = idOf(request);
    if (id == null) {
      response.sendError(404);
      return;
    }
    StoredFile file;
    try {
      file = attachments.open(actor, id);
    } catch (NotFoundException e) {
      response.sendError(404);
      return;
    }
    try (file) {
      AttachmentView view = file.view();
      response.setContentType(view.contentType());
      response.setContentLengthLong(view.size());
      response.setHeader("Content-Disposition", Downloads.disposition(view.fileName()));
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Cache-Control", "private, no-cache");
      OutputStream out = response.getOutputStream();
      file.content().transferTo(out);
    } catch (IOException e) {
      // The client went away, or the stored bytes failed their integrity check mid-way.
      LOG.log(Level.INFO, "Download of attachment " + id + " ended early: " + e.getMessage());
    }
  }

  public void discard(HttpServletRequest request, HttpServletResponse response, Actor actor)
      throws IOException {
    Long id = idOf(request);
    if (id == null || !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
      response.sendError(404);
      return;
    }
    try {
      attachments.discardStaged(actor, id);
      response.setStatus(204);
    } catch (NotFoundException e) {
      response.sendError(404);
    }
  }

  /**
   * A parameter of the query string, read by hand: {@code getParameter} would read a form body too,
   * i.e. swallow the upload whole if a client labelled it as a form.
   */
  static String queryParameter(String query, String name) {
    if (query == null) {
      return null;
    }
    String prefix = name + "=";
    for (String pair : query.split("&")) {
      if (pair.startsWith(prefix) && pair.length() > prefix.length()) {
        return URLDecoder.decode(pair.substring(prefix.length()), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static WorkLine requireLine(String key) {
    WorkLine line = WorkLine.parse(key);
    if (line == null) {
      throw new ValidationException("line", "'" + key + "' is not a line of a work log.");
    }
    return line;
  }

  /** The id of {@code /attachments/{id}} or {@code /attachments/{id}/{name}}. */
  private static Long idOf(HttpServletRequest request) {
    String path = request.getPathInfo();
    if (path == null) {
      return null;
    }
    String[] parts = path.split("/");
    try {
      return parts.length >= 2 ? Long.valueOf(parts[1]) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static JsonObject describe(AttachmentView view) {
    return Json.createObjectBuilder()
        .add("id", view.id())
        .add("name", view.fileName())
        .add("size", view.size())
        .add("sizeLabel", FileSizes.format(view.size()))
        .add("contentType", view.contentType())
        .add("sha256", view.sha256())
        .build();
  }

  private static JsonObject error(String message) {
    return Json.createObjectBuilder().add("error", message).build();
  }

  private static void answer(HttpServletResponse response, int status, JsonObject body)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write(body.toString());
  }
}
