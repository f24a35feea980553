package org.servicetracker.portal.order;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.servicetracker.order.OrderService;
import org.servicetracker.portal.identity.CurrentUser;
import org.servicetracker.shared.ValidationException;

/**
 * requests.csv: exactly the rows of the requests list for the same URL parameters, all pages,
 * streamed as they are read so that an export of any size never sits whole in memory.
 */
@WebServlet("/requests.csv")
public class RequestsExportServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

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
    PrintWriter out = response.getWriter();
    out.print(OrderCsv.HEADER);
    try {
      orders.export(
          currentUser.actor(),
          filter.query(),
          order -> {
            out.print(OrderCsv.row(order));
            if (out.checkError()) {
              throw new UncheckedIOException(
                  new IOException("The client stopped reading the export"));
            }
          });
    } catch (UncheckedIOException e) {
      log("Export abandoned: " + e.getMessage());
    }
    out.flush();
  }
}
