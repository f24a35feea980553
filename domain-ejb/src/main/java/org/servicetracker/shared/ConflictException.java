package org.servicetracker.shared;

/** Someone else changed the same thing first; reload and try again. */
public class ConflictException extends DomainException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }
}
