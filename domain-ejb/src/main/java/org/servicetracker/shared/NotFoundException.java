package org.servicetracker.shared;

/** Something asked for does not exist or is not visible to the caller (never say which). */
public class NotFoundException extends DomainException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }
}
