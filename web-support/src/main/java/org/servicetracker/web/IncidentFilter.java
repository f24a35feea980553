package org.servicetracker.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives every unexpected error an incident id that the error page shows and the log holds with the
 * stack trace, so that a user's report leads straight to the cause. Each web module maps it to
 * {@code /*} in its web.xml (annotations are not scanned in the EAR's lib/).
 */
public class IncidentFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(IncidentFilter.class.getName());
  public static final String INCIDENT = "st.incident";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      String incident = UUID.randomUUID().toString().substring(0, 8);
      request.setAttribute(INCIDENT, incident);
      LOG.log(
          Level.SEVERE,
          "Incident " + incident + " on " + request.getMethod() + " " + request.getRequestURI(),
          e);
      throw e;
    }
  }
}
