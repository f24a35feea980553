package org.servicetracker.portal.invoice;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.servicetracker.portal.identity.CurrentUser;
import org.servicetracker.web.invoice.InvoicePdfDownload;

/** /invoices/{id}.pdf for the signed-in user (see InvoicePdfDownload). */
@WebServlet("/invoices/*")
public class InvoicePdfServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject InvoicePdfDownload download;
  @Inject CurrentUser currentUser;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    download.send(request, response, currentUser.actor());
  }
}
