package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** T8, T10 and T11 over HTTP: work logged, proposed and invoiced from the technician app. */
class TechBillingIT {
  private static final Pattern INVOICE =
      Pattern.compile("(INV-\\d+)</a> ·\\s*<span class=\"st-invoice-total\">([^<]+)<");

  @Test
  void labourAndPartsBecomeAnInvoiceWithRightTotalsThatCannotBeBilledTwice() {
    String number = TechOrderIT.newCustomerOrder("WALK_IN");
    WebSession tom = TechOrderIT.tech("tech@servicetracker.test");
    tom.get("/tech/order.xhtml?number=" + number + "&tab=work");
    tom.submit(
        "labourForm",
        Map.of(
            "start", "2026-11-20T09:00",
            "end", "2026-11-20T11:30",
            "hours", "2.5",
            "rate", "80",
            "description", "Replaced the pump seal",
            "billable", "true"),
        "logLabour");
    assertThat(tom.last().body()).contains("The labour has been logged.");
    // Travel time that is not billed: logged, but never on an invoice.
    tom.submit(
        "labourForm",
        Map.of(
            "start", "2026-11-20T08:00",
            "end", "2026-11-20T08:30",
            "hours", "0.5",
            "rate", "80",
            "description", "Travel"),
        "logLabour");
    tom.submit(
        "partForm",
        Map.of(
            "partNumber", "PS-1",
            "partDescription", "Pump seal",
            "quantity", "2",
            "costCode", "CC-410",
            "unitPrice", "12.50"),
        "logPart");
    assertThat(tom.last().body()).contains("The part has been logged.");
    // 2.5 h × 80.00 = 200.00 billable labour, 2 × 12.50 = 25.00 parts.
    assertThat(tom.last().body()).contains("€225.00").contains("not billable");

    tom.get("/tech/order.xhtml?number=" + number + "&tab=invoices");
    tom.submit("issueForm", Map.of(), "issue");
    String page = tom.last().body();
    assertThat(page).contains("The invoice has been issued");
    Matcher invoice = INVOICE.matcher(page);
    assertThat(invoice.find()).isTrue();
    assertThat(invoice.group(2)).isEqualTo("€270.00"); // 225.00 + 20 % tax 45.00

    tom.submit("issueForm", Map.of(), "issue");
    assertThat(tom.last().body()).contains("There is no uninvoiced labour or part on " + number);
    assertThat(TestDatabase.count("SELECT count(*) FROM invoice WHERE order_number = ?", number))
        .isEqualTo(1);
    DevMailbox.await(
        "customer@acme.test",
        "Invoice " + invoice.group(1) + " for " + number,
        Duration.ofSeconds(30));
  }

  @Test
  void aReceiptIsAttachedToThePartItDocuments() {
    String number = TechOrderIT.newCustomerOrder("WALK_IN");
    WebSession tom = TechOrderIT.tech("tech@servicetracker.test");
    tom.get("/tech/order.xhtml?number=" + number);
    tom.submit("claimForm", Map.of(), "claim"); // files are for the order's own technicians
    tom.get("/tech/order.xhtml?number=" + number + "&tab=work");
    tom.submit(
        "partForm",
        Map.of(
            "partDescription", "Thermocouple",
            "quantity", "1",
            "costCode", "CC-200",
            "unitPrice", "18"),
        "logPart");
    assertThat(tom.last().body()).contains("The part has been logged.");
    String part =
        TestDatabase.strings(
                "SELECT p.id FROM part_entry p JOIN service_order o ON o.id = p.order_id"
                    + " WHERE o.order_number = ?",
                number)
            .get(0);
    byte[] receipt = "%PDF-1.4\n% supplier receipt\n".getBytes(StandardCharsets.US_ASCII);

    String upload = "/tech/attachments?order=" + number + "&line=part-" + part;
    assertThat(tom.upload(upload, "receipt.pdf", receipt).statusCode()).isEqualTo(201);
    assertThat(
            TestDatabase.strings(
                "SELECT file_name FROM attachment WHERE part_entry_id = ?", Long.parseLong(part)))
        .containsExactly("receipt.pdf");
    assertThat(tom.get("/tech/order.xhtml?number=" + number + "&tab=work").body())
        .contains("Receipts and certificates (1)")
        .contains("receipt.pdf");
    assertThat(tom.get("/tech/order.xhtml?number=" + number + "&tab=attachments").body())
        .contains("receipt.pdf");

    // A line of another order, a line key that is none, and a customer are all refused.
    String other = TechOrderIT.newCustomerOrder("WALK_IN");
    WebSession dana = TechOrderIT.tech("dispatch@servicetracker.test");
    HttpResponse<String> wrongOrder =
        dana.upload("/tech/attachments?order=" + other + "&line=part-" + part, "r.pdf", receipt);
    assertThat(wrongOrder.statusCode()).isEqualTo(400);
    assertThat(wrongOrder.body()).contains("not in this order's work log");
    assertThat(
            dana.upload("/tech/attachments?order=" + number + "&line=invoice-1", "r.pdf", receipt)
                .statusCode())
        .isEqualTo(400);
    WebSession carla = new WebSession();
    carla.signIn("portal", "customer@acme.test", SignInIT.PASSWORD);
    assertThat(
            carla
                .upload(
                    "/portal/attachments?order=" + number + "&line=part-" + part, "r.pdf", receipt)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            TestDatabase.count(
                "SELECT count(*) FROM attachment a JOIN service_order o ON o.id = a.order_id"
                    + " WHERE o.order_number IN (?, ?)",
                number,
                other))
        .isEqualTo(1);
  }

  @Test
  void aRecommendationSentFromTheTechnicianAppReachesTheCustomer() {
    String number = TechOrderIT.newCustomerOrder("SERVICE_CALL");
    WebSession tom = TechOrderIT.tech("tech@servicetracker.test");
    tom.get("/tech/order.xhtml?number=" + number + "&tab=quotes");
    tom.submit(
        "quoteForm",
        Map.of(
            "kind", "RECOMMENDATION",
            "title", "Replace the filter too",
            "row:0:lineDescription", "Filter F-20",
            "row:0:lineQuantity", "1",
            "row:0:linePrice", "19.90",
            "row:1:lineDescription", "Fitting (0.25 h)",
            "row:1:lineQuantity", "1",
            "row:1:linePrice", "20"),
        "send");
    assertThat(tom.last().body())
        .contains("The proposal has been sent to the customer.")
        .contains("Replace the filter too")
        .contains("Waiting for the customer");
    Matcher proposal =
        Pattern.compile("Recommendation (R-\\d+) · Replace the filter too")
            .matcher(tom.last().body());
    assertThat(proposal.find()).isTrue();
    DevMailbox.Mail mail =
        DevMailbox.await(
            "customer@acme.test",
            "Recommendation " + proposal.group(1) + " awaits your approval",
            Duration.ofSeconds(30));
    assertThat(mail.body()).contains("posted a recommendation on your request " + number);
  }
}
