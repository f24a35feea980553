package org.servicetracker.shared;

import java.util.Map;

/**
 * Input that breaks a business rule; {@link #field()} names the offending field where there is one.
 */
public class ValidationException extends DomainException {
  private static final long serialVersionUID = 1L;
  private final String field;

  public ValidationException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }

  public Map<String, String> asFieldErrors() {
    return Map.of(field == null ? "" : field, getMessage());
  }
}
