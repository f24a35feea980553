package org.servicetracker.attachment;

import org.servicetracker.shared.ValidationException;

/** An upload over the configured size limit; nothing of it is kept. */
public class TooLargeException extends ValidationException {
  private static final long serialVersionUID = 1L;

  public TooLargeException(long limit) {
    super("file", "Files can be at most " + FileSizes.format(limit) + ". " + ADVICE);
  }

  private static final String ADVICE =
      "Compress the file, or ask support for a secure upload link for larger files.";
}
