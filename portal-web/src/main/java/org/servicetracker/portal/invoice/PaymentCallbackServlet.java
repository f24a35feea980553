package org.servicetracker.portal.invoice;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.servicetracker.payment.PaymentService;
import org.servicetracker.shared.AccessDeniedException;
import org.servicetracker.shared.DomainException;
import org.servicetracker.shared.NotFoundException;

/**
 * /portal/payments/callback: the payment provider's signed confirmation of a payment (C9). Public
 * (the provider has no session); the HMAC signature in {@code X-Payment-Signature} is the proof.
 * Answers 200 once the confirmation is recorded (or was already), so the provider stops repeating
 * it; 401, 404 or 400 for a confirmation that must not count.
 */
@WebServlet("/payments/callback")
public class PaymentCallbackServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final int MAX_BODY = 16 * 1024;

  @Inject PaymentService payments;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(MAX_BODY + 1);
    }
    if (body.length > MAX_BODY) {
      response.sendError(413);
      return;
    }
    try {
      payments.confirm(body, request.getHeader("X-Payment-Signature"));
      response.setContentType("text/plain");
      response.getWriter().write("recorded");
    } catch (AccessDeniedException e) {
      response.sendError(401, e.getMessage());
    } catch (NotFoundException e) {
      response.sendError(404, e.getMessage());
    } catch (DomainException e) {
      response.sendError(400, e.getMessage());
    }
  }
}
