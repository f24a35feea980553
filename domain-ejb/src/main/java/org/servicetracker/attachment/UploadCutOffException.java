package org.servicetracker.attachment;

import org.servicetracker.shared.ValidationException;

/**
 * An upload whose bytes stopped arriving before the end: the client went away, or its network did
 * (a phone losing its signal). The client's failure, not the server's; nothing of it is kept.
 */
public class UploadCutOffException extends ValidationException {
  private static final long serialVersionUID = 1L;

  public UploadCutOffException(long received) {
    super(
        "file",
        "The upload stopped after "
            + FileSizes.format(received)
            + ", before the whole file had arrived; nothing was kept. Please try again.");
  }
}
