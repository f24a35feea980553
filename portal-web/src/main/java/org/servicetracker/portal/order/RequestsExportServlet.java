package org.servicetracker.portal.order;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.servicetracker.order.OrderService;
import org.servicetracker.portal.identity.CurrentUser;
import org.servicetracker.shared.StreamAbandonedException;
import org.servicetracker.shared.ValidationException;

/**
 * requests.csv: exactly the rows of the requests list for the same URL parameters, all pages,
 * streamed as they are read so that an export of any size never sits whole in memory.
 */
@WebServlet("/requests.csv")
public class RequestsExportServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final int BUFFER = 64 * 1024;

  @Inject OrderService orders;
  @Inject CurrentUser currentUser;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    RequestsFilter filter;
    try {
      filter = RequestsFilter.parse(request.getParameterMap());
    } catch (ValidationException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
      return;
    }
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"requests.csv\"");
    // Rows go out in whole buffers; a client that stops reading fails the next write. (A
    // PrintWriter's checkError() would tell that too, but it flushes: a socket write per row.)
    Writer out =
        new BufferedWriter(
            new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), BUFFER);
    try {
      out.write(OrderCsv.HEADER);
      orders.export(
          currentUser.actor(),
          filter.query(),
          order -> {
            try {
              out.write(OrderCsv.row(order));
            } catch (IOException e) {
              throw new StreamAbandonedException(e);
            }
          });
      out.flush();
    } catch (IOException | StreamAbandonedException e) {
      log("Export abandoned: the client stopped reading (" + e.getMessage() + ")");
    }
  }
}
