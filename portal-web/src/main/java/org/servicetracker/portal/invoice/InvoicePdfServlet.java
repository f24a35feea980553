package org.servicetracker.portal.invoice;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.servicetracker.invoice.InvoiceService;
import org.servicetracker.portal.identity.CurrentUser;
import org.servicetracker.shared.NotFoundException;

/**
 * /invoices/{id}.pdf: the invoice as a PDF download. The document is a few kilobytes and is made
 * whole before sending, so that a failure is an error page and not half a file.
 */
@WebServlet("/invoices/*")
public class InvoicePdfServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject InvoiceService invoices;
  @Inject CurrentUser currentUser;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    if (path == null || !path.matches("/\\d{1,18}\\.pdf")) {
      response.sendError(404);
      return;
    }
    long id = Long.parseLong(path.substring(1, path.length() - ".pdf".length()));
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(16 * 1024);
    String number;
    try {
      number = invoices.details(currentUser.actor(), id).summary().number();
      invoices.writePdf(currentUser.actor(), id, pdf);
    } catch (NotFoundException e) {
      response.sendError(404);
      return;
    }
    response.setContentType("application/pdf");
    response.setContentLength(pdf.size());
    response.setHeader("Content-Disposition", "attachment; filename=\"" + number + ".pdf\"");
    response.setHeader("Cache-Control", "private, no-cache");
    pdf.writeTo(response.getOutputStream());
  }
}
