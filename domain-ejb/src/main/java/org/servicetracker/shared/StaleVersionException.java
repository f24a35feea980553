package org.servicetracker.shared;

/**
 * The caller acted on a version that is no longer current: someone changed the same thing since it
 * was read (the API answers 412 Precondition Failed).
 */
public class StaleVersionException extends ConflictException {
  private static final long serialVersionUID = 1L;

  public StaleVersionException(String message) {
    super(message);
  }
}
