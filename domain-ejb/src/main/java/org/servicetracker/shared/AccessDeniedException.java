package org.servicetracker.shared;

/** The caller may not do this. */
public class AccessDeniedException extends DomainException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
