package org.servicetracker.payment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.servicetracker.invoice.InvoiceService;
import org.servicetracker.invoice.InvoiceSummary;
import org.servicetracker.organisation.OrganisationService;
import org.servicetracker.shared.AccessDeniedException;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.shared.Signatures;
import org.servicetracker.shared.ValidationException;

/**
 * Online payment of invoices (C9), offered when the organisation turns it on (A4) and a provider is
 * configured. The customer is sent to the provider's hosted checkout with a signed request (the
 * card never touches this server); the provider confirms with a callback signed with the shared
 * secret, and only that confirmation marks the invoice paid — once, however often it is repeated.
 */
@Stateless
public class PaymentService {
  private static final Logger LOG = Logger.getLogger(PaymentService.class.getName());

  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  @Inject PaymentSettings settings;
  @Inject OrganisationService organisation;
  @Inject InvoiceService invoices;

  /** A provider is configured, so the organisation may turn online payment on. */
  public boolean configured() {
    return settings.configured();
  }

  /** Customers are offered online payment now. */
  public boolean available() {
    return settings.configured() && organisation.isOnlinePaymentEnabled();
  }

  /** Starts paying an outstanding invoice; returns the provider's checkout to send the user to. */
  public URI checkout(Actor actor, long invoiceId) {
    if (!actor.isAccountScoped() || actor.userId() == null) {
      throw new AccessDeniedException("Invoices are paid online by the customer's own users.");
    }
    if (!available()) {
      throw new ValidationException("payment", "Online payment is not offered.");
    }
    InvoiceSummary invoice = invoices.payable(actor, invoiceId);
    Payment payment =
        new Payment(invoice.id(), invoice.total(), invoice.currency(), actor.userId());
    em.persist(payment);
    Map<String, String> request = new LinkedHashMap<>();
    request.put("reference", payment.getReference());
    request.put("amount", invoice.total().toPlainString());
    request.put("currency", invoice.currency());
    request.put("description", "Invoice " + invoice.number());
    request.put("return", settings.publicUrl() + "/portal/invoice.xhtml?id=" + invoice.id());
    request.put("callback", settings.publicUrl() + "/portal/payments/callback");
    request.put("signature", Signatures.sign(settings.secret(), signedPart(request)));
    String query =
        request.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    String checkout = settings.checkoutUrl();
    return URI.create(checkout + (checkout.contains("?") ? "&" : "?") + query);
  }

  /**
   * What the checkout request's signature covers: reference, amount, currency, return and callback
   * addresses, one per line.
   */
  public static String signedPart(Map<String, String> request) {
    return String.join(
        "\n",
        request.get("reference"),
        request.get("amount"),
        request.get("currency"),
        request.get("return"),
        request.get("callback"));
  }

  /**
   * The provider's confirmation: a JSON body {@code {"reference", "status": "paid"|"failed",
   * "amount", "currency", "providerReference"}} whose HMAC-SHA256 is {@code signature}.
   *
   * @throws AccessDeniedException when the signature is not the body's
   * @throws NotFoundException when no payment has the reference
   * @throws ValidationException when the body is not a confirmation or the amount is not the one
   *     asked for
   */
  public void confirm(byte[] body, String signature) {
    if (!settings.configured() || !Signatures.verify(settings.secret(), body, signature)) {
      throw new AccessDeniedException("The confirmation's signature is not valid.");
    }
    JsonObject confirmation = parse(body);
    String reference = confirmation.getString("reference", "");
    Payment payment =
        em.createQuery("SELECT p FROM Payment p WHERE p.reference = :reference", Payment.class)
            .setParameter("reference", reference)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("No payment " + reference + "."));
    if (!payment.isPending()) {
      return; // the provider repeats confirmations until it has seen an answer
    }
    String providerReference = confirmation.getString("providerReference", null);
    switch (confirmation.getString("status", "")) {
      case "failed" -> payment.complete(false, providerReference);
      case "paid" -> {
        requireAmount(payment, confirmation);
        payment.complete(true, providerReference);
        if (!invoices.settle(payment.getInvoiceId(), LocalDate.now())) {
          LOG.warning(
              "Payment "
                  + reference
                  + " was made for invoice "
                  + payment.getInvoiceId()
                  + ", which is no longer outstanding: refund it at the payment provider.");
        }
      }
      default -> throw new ValidationException("status", "The status is neither paid nor failed.");
    }
  }

  private static void requireAmount(Payment payment, JsonObject confirmation) {
    BigDecimal amount;
    try {
      amount = new BigDecimal(confirmation.getString("amount", ""));
    } catch (NumberFormatException e) {
      throw new ValidationException("amount", "The amount is not a number.");
    }
    if (amount.compareTo(payment.getAmount()) != 0
        || !payment.getCurrency().equals(confirmation.getString("currency", ""))) {
      throw new ValidationException(
          "amount",
          "The confirmed amount is not the "
              + payment.getAmount().toPlainString()
              + " "
              + payment.getCurrency()
              + " asked for.");
    }
  }

  private static JsonObject parse(byte[] body) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new ValidationException("body", "The confirmation is not a JSON object.");
    }
  }
}
