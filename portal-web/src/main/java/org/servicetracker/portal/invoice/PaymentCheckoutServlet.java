package org.servicetracker.portal.invoice;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.servicetracker.payment.PaymentService;
import org.servicetracker.portal.identity.CurrentUser;
import org.servicetracker.shared.DomainException;

/**
 * /portal/payments/checkout?invoice=…: the "Pay online" link (C9). Starts a payment and sends the
 * browser on to the provider's hosted checkout. A link rather than a form: the portal's
 * Content-Security-Policy lets forms post only to the portal itself, which a redirect to the
 * provider would break; starting a checkout moves no money, the customer confirms at the provider.
 */
@WebServlet("/payments/checkout")
public class PaymentCheckoutServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject PaymentService payments;
  @Inject CurrentUser currentUser;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long invoice;
    try {
      invoice = Long.parseLong(request.getParameter("invoice"));
    } catch (NumberFormatException e) {
      response.sendError(404);
      return;
    }
    try {
      response.sendRedirect(payments.checkout(currentUser.actor(), invoice).toString());
    } catch (DomainException e) {
      response.sendRedirect(
          request.getContextPath() + "/invoice.xhtml?id=" + invoice + "&payment=refused");
    }
  }
}
