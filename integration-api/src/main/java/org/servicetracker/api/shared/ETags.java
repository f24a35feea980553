package org.servicetracker.api.shared;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency (I5): a resource's ETag is its version; an update sends it back in {@code
 * If-Match}, and a stale one is refused by the domain with 412.
 */
public final class ETags {
  private ETags() {}

  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /**
   * The version {@code If-Match} names: null for {@code *} or, where it is optional, for none.
   *
   * @throws WebApplicationException 428 when it is required and missing, 400 when it is not one of
   *     our ETags
   */
  public static Long expected(String ifMatch, boolean required) {
    if (ifMatch == null || ifMatch.isBlank()) {
      if (required) {
        throw new WebApplicationException(
            Problem.of(
                    "precondition-required",
                    "If-Match required",
                    428,
                    "Send the ETag of the version you read as 'If-Match', so that no one else's"
                        + " change is overwritten.")
                .toResponse());
      }
      return null;
    }
    String tag = ifMatch.strip();
    if (tag.equals("*")) {
      return null;
    }
    try {
      return Long.parseLong(tag.replace("W/", "").replace("\"", ""));
    } catch (NumberFormatException e) {
      throw new WebApplicationException(
          Problem.of(
                  "bad-if-match",
                  "Invalid If-Match",
                  400,
                  "'" + tag + "' is not an ETag this API gave out.")
              .toResponse());
    }
  }
}
