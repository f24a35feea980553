package org.servicetracker.api.shared;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document, the only error shape of the API. {@code type} is stable per kind of
 * error; {@code errors} names the offending fields of a 400; {@code incident} is what to quote to
 * support for a 500.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String incident,
    List<FieldError> errors) {
  public static final String MEDIA_TYPE = "application/problem+json";
  static final String TYPES = "urn:service-tracker:problem:";

  /** One invalid field. */
  public record FieldError(String field, String message) {}

  public static Problem of(String type, String title, Response.Status status, String detail) {
    return of(type, title, status.getStatusCode(), detail);
  }

  public static Problem of(String type, String title, int status, String detail) {
    return new Problem(TYPES + type, title, status, detail, null, null);
  }

  public Problem withErrors(List<FieldError> fieldErrors) {
    return new Problem(type, title, status, detail, incident, fieldErrors);
  }

  public Problem withIncident(String id) {
    return new Problem(type, title, status, detail, id, errors);
  }

  public Response toResponse() {
    return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
  }
}
