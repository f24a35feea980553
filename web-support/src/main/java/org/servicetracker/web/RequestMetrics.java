package org.servicetracker.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * O2: counts and times every request of a web module per endpoint, as {@code
 * st_http_request_seconds{app="portal", endpoint="/order.xhtml"}} (the integration API has the
 * runtime's own {@code REST_request_seconds}). The endpoint is the servlet path, never ids or query
 * strings, so the number of series stays that of the pages; static resources are left out. Each web
 * module maps it in its web.xml (annotations are not scanned in the EAR's lib/).
 */
public class RequestMetrics extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Metadata TIMER =
      Metadata.builder()
          .withName("st_http_request_seconds")
          .withDescription("Requests to the web applications and their duration, per page")
          .build();

  @Inject MetricRegistry registry;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String endpoint = request.getServletPath();
    if (endpoint.startsWith("/jakarta.faces.resource") || endpoint.startsWith("/resources")) {
      chain.doFilter(request, response);
      return;
    }
    long started = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      // Paths that answer 404 are counted together: any URL would otherwise become a new series.
      String counted =
          response.getStatus() == HttpServletResponse.SC_NOT_FOUND
              ? "(not found)"
              : endpoint.isEmpty() ? "/" : endpoint;
      registry
          .timer(
              TIMER,
              new Tag("app", request.getContextPath().replace("/", "")),
              new Tag("endpoint", counted))
          .update(Duration.ofNanos(System.nanoTime() - started));
    }
  }
}
