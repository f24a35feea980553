package org.servicetracker.api.shared;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicetracker.attachment.TooLargeException;
import org.servicetracker.shared.AccessDeniedException;
import org.servicetracker.shared.ConflictException;
import org.servicetracker.shared.DomainException;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.shared.StaleVersionException;
import org.servicetracker.shared.ValidationException;

/** Maps every failure to a problem document, once for the whole API. Never a stack trace. */
public final class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  private ProblemMappers() {}

  /** Business failures from the domain services. */
  @Provider
  public static class Domain implements ExceptionMapper<DomainException> {
    @Override
    public Response toResponse(DomainException e) {
      if (e instanceof NotFoundException) {
        return Problem.of("not-found", "Not found", Response.Status.NOT_FOUND, e.getMessage())
            .toResponse();
      }
      if (e instanceof AccessDeniedException) {
        return Problem.of("forbidden", "Forbidden", Response.Status.FORBIDDEN, e.getMessage())
            .toResponse();
      }
      if (e instanceof StaleVersionException) {
        return Problem.of("precondition-failed", "Precondition failed", 412, e.getMessage())
            .toResponse();
      }
      if (e instanceof ConflictException) {
        return Problem.of("conflict", "Conflict", Response.Status.CONFLICT, e.getMessage())
            .toResponse();
      }
      if (e instanceof TooLargeException) {
        return Problem.of("body-too-large", "File too large", 413, e.getMessage()).toResponse();
      }
      if (e instanceof ValidationException v) {
        return Problem.of(
                "validation", "Invalid request", Response.Status.BAD_REQUEST, e.getMessage())
            .withErrors(List.of(new Problem.FieldError(v.field(), v.getMessage())))
            .toResponse();
      }
      return Problem.of(
              "unprocessable", "Request refused", Response.Status.BAD_REQUEST, e.getMessage())
          .toResponse();
    }
  }

  /** Errors JAX-RS raises itself: unknown paths, wrong methods, unacceptable media types. */
  @Provider
  public static class Web implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Response.StatusType status = e.getResponse().getStatusInfo();
      if (status.getStatusCode() >= 500) {
        return Unexpected.incident(e);
      }
      return Problem.of(
              "http-" + status.getStatusCode(),
              status.getReasonPhrase(),
              status.getStatusCode(),
              // The runtime's message, without its internal message code.
              e.getMessage() == null ? null : e.getMessage().replaceFirst("^RESTEASY\\d+: ", ""))
          .toResponse();
    }
  }

  /**
   * A body the JSON binding could not read: malformed JSON, a field the schema does not have, a
   * value of the wrong type, or a body over the size limit.
   */
  @Provider
  public static class Unreadable implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return unreadable(e);
    }

    static Response unreadable(RuntimeException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof BodyLimit.TooLarge) {
          return BodyLimit.tooLarge();
        }
      }
      return Problem.of(
              "malformed-body",
              "Malformed request body",
              400,
              "The body is not valid: " + reason(e))
          .toResponse();
    }

    /** The JSON binding's own words, without the Java class names they may carry. */
    private static String reason(Throwable e) {
      Throwable deepest = e;
      while (deepest.getCause() != null && deepest.getCause() != deepest) {
        deepest = deepest.getCause();
      }
      String message = deepest.getMessage() == null ? "unreadable JSON" : deepest.getMessage();
      message = message.replaceAll("(?:[a-z]\\w*\\.)+([A-Z]\\w*)", "$1");
      return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
  }

  /** The JSON binding's own exception, when the runtime does not wrap it. */
  @Provider
  public static class UnreadableJson implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return Unreadable.unreadable(e);
    }
  }

  /** Anything else is a bug: logged with an incident id that the caller gets to quote. */
  @Provider
  public static class Unexpected implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable e) {
      return incident(e);
    }

    static Response incident(Throwable e) {
      String incident = UUID.randomUUID().toString().substring(0, 8);
      LOG.log(Level.SEVERE, "Incident " + incident, e);
      return Problem.of(
              "internal",
              "Internal error",
              Response.Status.INTERNAL_SERVER_ERROR,
              "Something went wrong on our side. Quote the incident id to support.")
          .withIncident(incident)
          .toResponse();
    }
  }
}
