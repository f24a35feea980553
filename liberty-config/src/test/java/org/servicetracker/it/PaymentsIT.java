package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * C9/A4 over HTTP: a customer pays an invoice at the (dev) provider's hosted checkout and the
 * provider's signed confirmation marks it paid; forged, repeated or wrong confirmations change
 * nothing; the organisation's switch decides whether payment is offered.
 */
class PaymentsIT {
  private static final String SECRET = "dev-payment-secret"; // ST_PAYMENTS_SECRET of the tests

  @Test
  void aCustomerPaysAnInvoiceOnlineAndTheConfirmedPaymentMarksItPaid() throws Exception {
    switchOnlinePayment(true);
    long invoice = outstandingInvoice();
    WebSession carla = new WebSession();
    carla.signIn("portal", "customer@acme.test", SignInIT.PASSWORD);
    carla.get("/portal/invoice.xhtml?id=" + invoice);
    assertThat(carla.last().body()).contains("Pay online €12.00"); // 10.00 + 20 % tax

    carla.get("/portal/payments/checkout?invoice=" + invoice);
    assertThat(carla.last().uri().getPath()).isEqualTo("/pay");
    assertThat(carla.last().body()).contains("12.00 EUR").contains("Invoice INV-");
    carla.submitPlain("checkout", Map.of("outcome", "paid"));

    assertThat(carla.last().uri().toString()).contains("/portal/invoice.xhtml?id=" + invoice);
    assertThat(carla.last().body())
        .contains("your payment has been received and the invoice is paid")
        .contains("id=\"invoiceStatus\">Paid<")
        .doesNotContain("payOnline");
    assertThat(TestDatabase.strings("SELECT status FROM payment WHERE invoice_id = ?", invoice))
        .containsExactly("PAID");

    // The provider repeating its confirmation changes nothing; a forged one is refused.
    String reference =
        TestDatabase.strings("SELECT reference FROM payment WHERE invoice_id = ?", invoice).get(0);
    String paid = confirmation(reference, "12.00");
    assertThat(callback(paid, sign(paid)).statusCode()).isEqualTo(200);
    assertThat(callback(paid, sign(paid + " ")).statusCode()).isEqualTo(401);
    assertThat(callback(paid, null).statusCode()).isEqualTo(401);
    String unknown = confirmation("PAY-unknown", "12.00");
    assertThat(callback(unknown, sign(unknown)).statusCode()).isEqualTo(404);
    assertThat(
            TestDatabase.count(
                "SELECT count(*) FROM invoice WHERE id = ? AND status = 'PAID'", invoice))
        .isEqualTo(1);
  }

  @Test
  void aCancelledOrMisstatedPaymentLeavesTheInvoiceOutstanding() throws Exception {
    switchOnlinePayment(true);
    long invoice = outstandingInvoice();
    WebSession carla = new WebSession();
    carla.signIn("portal", "customer@acme.test", SignInIT.PASSWORD);
    carla.get("/portal/invoice.xhtml?id=" + invoice);
    carla.get("/portal/payments/checkout?invoice=" + invoice);
    carla.submitPlain("checkout", Map.of("outcome", "cancelled"));
    assertThat(carla.last().body())
        .contains("The payment was cancelled; nothing has been charged.")
        .contains("payOnline");

    // A confirmation, properly signed, for another amount than was asked for is refused.
    String reference =
        TestDatabase.strings("SELECT reference FROM payment WHERE invoice_id = ?", invoice).get(0);
    String wrong = confirmation(reference, "1.00");
    HttpResponse<String> answer = callback(wrong, sign(wrong));
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(
            TestDatabase.count(
                "SELECT count(*) FROM invoice WHERE id = ? AND status = 'OUTSTANDING'", invoice))
        .isEqualTo(1);
  }

  @Test
  void paymentIsOfferedOnlyWhileTheOrganisationHasItSwitchedOn() throws Exception {
    long invoice = outstandingInvoice();
    WebSession carla = new WebSession();
    carla.signIn("portal", "customer@acme.test", SignInIT.PASSWORD);
    try {
      switchOnlinePayment(false);
      assertThat(carla.get("/portal/invoice.xhtml?id=" + invoice).body())
          .contains("invoiceTotal")
          .doesNotContain("payOnline");
      carla.get("/portal/payments/checkout?invoice=" + invoice);
      assertThat(carla.last().body()).contains("cannot be paid online right now");
    } finally {
      switchOnlinePayment(true);
    }
    assertThat(carla.get("/portal/invoice.xhtml?id=" + invoice).body()).contains("payOnline");
  }

  /** The administrator's switch, the other settings as the demo has them. */
  private static void switchOnlinePayment(boolean on) {
    WebSession alex = TechOrderIT.tech("admin@servicetracker.test");
    alex.get("/tech/admin/settings.xhtml");
    Map<String, String> fields =
        on
            ? Map.of("sms", "true", "onlinePayment", "true", "taxRate", "", "paymentDays", "")
            : Map.of("sms", "true", "taxRate", "", "paymentDays", "");
    alex.submit("settingsForm", fields, "save");
    assertThat(alex.last().body()).contains("The settings have been saved.");
  }

  /** A new Acme order with one €10.00 part, invoiced; the invoice's id. */
  static long outstandingInvoice() {
    String number = TechOrderIT.newCustomerOrder("WALK_IN");
    WebSession tom = TechOrderIT.tech("tech@servicetracker.test");
    tom.get("/tech/order.xhtml?number=" + number + "&tab=work");
    tom.submit(
        "partForm",
        Map.of(
            "partDescription", "Gasket",
            "quantity", "1",
            "costCode", "CC-1",
            "unitPrice", "10"),
        "logPart");
    tom.get("/tech/order.xhtml?number=" + number + "&tab=invoices");
    tom.submit("issueForm", Map.of(), "issue");
    return Long.parseLong(
        TestDatabase.strings("SELECT id FROM invoice WHERE order_number = ?", number).get(0));
  }

  private static String confirmation(String reference, String amount) {
    return "{\"reference\":\""
        + reference
        + "\",\"status\":\"paid\",\"amount\":\""
        + amount
        + "\",\"currency\":\"EUR\",\"providerReference\":\"TEST-1\"}";
  }

  private static String sign(String body) {
    return WebhooksIT.hmac(SECRET, body);
  }

  private static HttpResponse<String> callback(String body, String signature) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(WebSession.BASE + "/portal/payments/callback"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      request.header("X-Payment-Signature", signature);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
