package org.servicetracker.shared;

/** Which page of a list to read; sizes are capped so no caller can ask for a whole table. */
public record PageRequest(int page, int size) {
  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (page < 0) {
      throw new ValidationException("page", "Page must be 0 or more.");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new ValidationException("size", "Page size must be between 1 and " + MAX_SIZE + ".");
    }
  }

  public int offset() {
    return page * size;
  }
}
