package org.servicetracker.web.invoice;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.servicetracker.web.SignedIn;

/** /invoices/{id}.pdf of a web module (mapped in its web.xml), see {@link InvoicePdfDownload}. */
public class InvoicePdfServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject InvoicePdfDownload download;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    download.send(request, response, SignedIn.actor(request));
  }
}
