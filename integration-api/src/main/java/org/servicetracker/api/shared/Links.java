package org.servicetracker.api.shared;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.servicetracker.shared.Page;

/**
 * RFC 8288 {@code Link} headers of a page: first, prev, next and (when the total is known exactly)
 * last.
 */
public final class Links {
  private Links() {}

  public static Response.ResponseBuilder paged(
      Response.ResponseBuilder response, UriInfo uri, Page<?> page) {
    response.links(link(uri, page, 0, "first"));
    if (page.hasPrevious()) {
      response.links(link(uri, page, page.page() - 1, "prev"));
    }
    if (page.hasNext()) {
      response.links(link(uri, page, page.page() + 1, "next"));
    }
    if (page.total() != null && !page.capped()) {
      response.links(link(uri, page, (int) Math.max(0, page.pageCount() - 1), "last"));
    }
    return response;
  }

  private static Link link(UriInfo uri, Page<?> page, int number, String rel) {
    return Link.fromUriBuilder(
            uri.getRequestUriBuilder()
                .replaceQueryParam("page", number)
                .replaceQueryParam("size", page.size()))
        .rel(rel)
        .build();
  }
}
