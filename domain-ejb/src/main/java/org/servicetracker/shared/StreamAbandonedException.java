package org.servicetracker.shared;

import jakarta.ejb.ApplicationException;
import java.io.IOException;

/**
 * The receiver of a stream of rows (an export's client) stopped taking them: the stream ends there.
 * An application exception, so that a service hands it back to its caller as it is — a client that
 * goes away is no failure of the server's, and nothing it read needs rolling back.
 */
@ApplicationException(rollback = false)
public class StreamAbandonedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StreamAbandonedException(IOException cause) {
    super(cause.getMessage(), cause);
  }
}
