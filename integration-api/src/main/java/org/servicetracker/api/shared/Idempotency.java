package org.servicetracker.api.shared;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.servicetracker.integration.IdempotencyStore;
import org.servicetracker.integration.IdempotencyStore.Reservation;
import org.servicetracker.integration.IdempotentAnswer;

/**
 * I5: a JSON POST (create, transition, note, answer) sent with {@code Idempotency-Key} runs once.
 * The same key with the same request replays the first answer (marked {@code Idempotent-Replayed:
 * true}); the same key with another request is refused (422); a twin arriving while the first still
 * runs is told to retry (409). Keys live 24 hours per client. Failures on the server's side free
 * the key.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 3)
public class Idempotency implements ContainerRequestFilter, ContainerResponseFilter {
  public static final String HEADER = "Idempotency-Key";
  private static final String RESERVED = Idempotency.class.getName() + ".key";

  @Inject IdempotencyStore store;
  @Inject ApiCaller caller;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String key = request.getHeaderString(HEADER);
    MediaType type = request.getMediaType();
    // JSON requests only (bodies of at most 1 MB, see BodyLimit): a file upload is never read into
    // memory.
    boolean json = type == null || type.getSubtype().endsWith("json");
    if (key == null || !"POST".equals(request.getMethod()) || !json) {
      return;
    }
    if (key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
      request.abortWith(
          Problem.of(
                  "bad-idempotency-key",
                  "Invalid Idempotency-Key",
                  400,
                  "An Idempotency-Key is 1 to 200 visible ASCII characters, such as a UUID.")
              .toResponse());
      return;
    }
    byte[] body;
    try (InputStream in = request.getEntityStream()) {
      body = in.readAllBytes();
    }
    request.setEntityStream(new ByteArrayInputStream(body));
    Reservation reservation =
        store.reserve(caller.clientId(), key, hash(request.getUriInfo().getPath(), body));
    switch (reservation.outcome()) {
      case RESERVED -> request.setProperty(RESERVED, key);
      case REPLAY -> request.abortWith(replay(reservation.answer()));
      case MISMATCH ->
          request.abortWith(
              Problem.of(
                      "idempotency-key-reused",
                      "Idempotency-Key already used",
                      422,
                      "This Idempotency-Key was used for a different request; use a new key for a"
                          + " new request.")
                  .toResponse());
      case IN_PROGRESS ->
          request.abortWith(
              Response.fromResponse(
                      Problem.of(
                              "idempotency-in-progress",
                              "Request in progress",
                              409,
                              "A request with this Idempotency-Key is still being processed.")
                          .toResponse())
                  .header(HttpHeaders.RETRY_AFTER, 1)
                  .build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object key = request.getProperty(RESERVED);
    if (key == null) {
      return;
    }
    if (response.getStatus() >= 500) {
      store.release(caller.clientId(), (String) key);
      return;
    }
    Object entity = response.getEntity();
    String body =
        entity == null
            ? null
            : entity instanceof String text ? text : StrictJson.JSONB.toJson(entity);
    if (entity != null) {
      response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
    }
    store.complete(
        caller.clientId(),
        (String) key,
        new IdempotentAnswer(
            response.getStatus(),
            header(response, HttpHeaders.LOCATION),
            header(response, HttpHeaders.ETAG),
            body));
  }

  private static Response replay(IdempotentAnswer answer) {
    Response.ResponseBuilder replay =
        Response.status(answer.status()).header("Idempotent-Replayed", "true");
    if (answer.location() != null) {
      replay.header(HttpHeaders.LOCATION, answer.location());
    }
    if (answer.etag() != null) {
      replay.header(HttpHeaders.ETAG, answer.etag());
    }
    if (answer.body() != null) {
      MediaType type =
          answer.status() >= 400
              ? MediaType.valueOf(Problem.MEDIA_TYPE)
              : MediaType.APPLICATION_JSON_TYPE;
      replay.entity(answer.body()).type(type);
    }
    return replay.build();
  }

  private static String header(ContainerResponseContext response, String name) {
    Object value = response.getHeaders().getFirst(name);
    return value == null ? null : value.toString();
  }

  /** The request as far as replays go: its path and its exact body. */
  private static String hash(String path, byte[] body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(path.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(body);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
