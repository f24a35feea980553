package org.servicetracker.api.shared;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * JSON request bodies are at most {@value #MAX_BYTES} bytes: a larger announced length is refused
 * before reading, an unannounced one when the limit is passed (413 either way). File uploads are
 * not JSON and stream without this limit.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 2)
public class BodyLimit implements ContainerRequestFilter {
  static final int MAX_BYTES = 1024 * 1024;

  /** Thrown by the limited stream; mapped to 413 wherever the reader wraps it. */
  public static class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("The request body is larger than " + MAX_BYTES + " bytes.");
    }
  }

  @Override
  public void filter(ContainerRequestContext request) {
    MediaType type = request.getMediaType();
    if (type == null || !type.getSubtype().endsWith("json")) {
      return;
    }
    if (request.getLength() > MAX_BYTES) {
      request.abortWith(tooLarge());
      return;
    }
    request.setEntityStream(new Limited(request.getEntityStream()));
  }

  static jakarta.ws.rs.core.Response tooLarge() {
    return Problem.of(
            "body-too-large",
            "Request body too large",
            413,
            "A JSON request body may have at most " + MAX_BYTES + " bytes.")
        .toResponse();
  }

  private static final class Limited extends FilterInputStream {
    private long read;

    Limited(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) throws TooLarge {
      read += n;
      if (read > MAX_BYTES) {
        throw new TooLarge();
      }
    }
  }
}
