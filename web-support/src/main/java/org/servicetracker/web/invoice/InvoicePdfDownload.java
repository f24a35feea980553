package org.servicetracker.web.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.servicetracker.invoice.InvoiceService;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.NotFoundException;

/**
 * /invoices/{id}.pdf of a web module: the invoice as a PDF download, for whoever may read it. The
 * document is a few kilobytes and is made whole before sending, so that a failure is an error page
 * and not half a file.
 */
@ApplicationScoped
public class InvoicePdfDownload {
  @Inject InvoiceService invoices;

  public void send(HttpServletRequest request, HttpServletResponse response, Actor actor)
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
      number = invoices.writePdf(actor, id, pdf);
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
