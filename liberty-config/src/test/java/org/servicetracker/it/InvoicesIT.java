package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** C9 and the order's Invoices and Parts &amp; Labour tabs, over HTTP. */
class InvoicesIT {
  private static final Pattern ROW =
      Pattern.compile(
          "invoice\\.xhtml\\?id=(\\d+)\"[^>]*>(INV-\\d+)</a>.*?order\\.xhtml\\?number=(SR-\\d+)",
          Pattern.DOTALL);
  private static final Pattern STATUS = Pattern.compile("st-badge st-invoice-([A-Z]+)");

  @Test
  void theInvoicePdfHoldsTheOrderNumberAndTheTotalShownOnThePage() throws Exception {
    WebSession carla = signedIn("customer@acme.test");
    String list = carla.get("/portal/invoices.xhtml").body();
    Matcher row = ROW.matcher(list);
    assertThat(row.find()).as("an invoice in the list").isTrue();
    String id = row.group(1);
    String invoiceNumber = row.group(2);
    String orderNumber = row.group(3);

    String page = carla.get("/portal/invoice.xhtml?id=" + id).body();
    String total = between(page, "id=\"invoiceTotal\">", "<");
    assertThat(total).matches("€[\\d,]+\\.\\d{2}");
    assertThat(page).contains(orderNumber).contains("Parts and labour");

    HttpResponse<InputStream> pdf = carla.download("/portal/invoices/" + id + ".pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
        .contains(invoiceNumber + ".pdf");
    try (InputStream in = pdf.body();
        PDDocument document = Loader.loadPDF(in.readAllBytes())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Invoice " + invoiceNumber)
          .contains(orderNumber)
          .contains("Total")
          .contains(total)
          .contains("Tax 20%");
    }
  }

  @Test
  void statusAndDateFiltersLiveInTheUrlAndOverdueMeansPastDue() {
    WebSession carla = signedIn("customer@acme.test");
    for (String status : new String[] {"PAID", "OVERDUE", "VOIDED"}) {
      String page = carla.get("/portal/invoices.xhtml?status=" + status).body();
      List<String> shown = statuses(page);
      // The demo data has invoices of each kind, so the filter must find some and only those.
      assertThat(shown).as(status).isNotEmpty().allMatch(status::equals);
    }
    String outstanding = carla.get("/portal/invoices.xhtml?status=OUTSTANDING").body();
    assertThat(statuses(outstanding))
        .isNotEmpty()
        .allMatch(s -> s.equals("OUTSTANDING") || s.equals("OVERDUE"));
    String future = carla.get("/portal/invoices.xhtml?from=2999-01-01").body();
    assertThat(future).contains("Invoices found: 0");
    String bad = carla.get("/portal/invoices.xhtml?from=yesterday").body();
    assertThat(bad).contains("is not a date");
  }

  @Test
  void globexCannotReachAnAcmeInvoiceOrItsPdf() {
    WebSession carla = signedIn("customer@acme.test");
    Matcher row = ROW.matcher(carla.get("/portal/invoices.xhtml").body());
    assertThat(row.find()).isTrue();
    String id = row.group(1);
    WebSession gina = signedIn("customer@globex.test");
    assertThat(gina.get("/portal/invoice.xhtml?id=" + id).statusCode()).isEqualTo(404);
    assertThat(gina.download("/portal/invoices/" + id + ".pdf").statusCode()).isEqualTo(404);
    assertThat(gina.get("/portal/invoices.xhtml").body()).doesNotContain(row.group(2) + "<");
    assertThat(
            gina.get("/portal/order.xhtml?number=" + row.group(3) + "&tab=invoices").statusCode())
        .isEqualTo(404);
    assertThat(gina.get("/portal/order.xhtml?number=" + row.group(3) + "&tab=work").statusCode())
        .isEqualTo(404);
  }

  @Test
  void financeNotesAreSharedWithColleaguesOnly() {
    WebSession carla = signedIn("customer@acme.test");
    Matcher row = ROW.matcher(carla.get("/portal/invoices.xhtml").body());
    assertThat(row.find()).isTrue();
    carla.get("/portal/invoice.xhtml?id=" + row.group(1));
    String note = "Booked to cost centre 4711 - " + System.nanoTime();
    carla.submit("noteForm", Map.of("note", note), "post");
    assertThat(carla.last().body()).contains("Your note has been added.").contains(note);
    assertThat(signedIn("admin@acme.test").get("/portal/invoice.xhtml?id=" + row.group(1)).body())
        .contains(note);
    assertThat(
            TestDatabase.count(
                "SELECT count(*) FROM outbox_message WHERE body LIKE ?", "%" + note + "%"))
        .isZero();
  }

  @Test
  void theOrderTabsShowItsInvoicesAndItsPartsAndLabourWithCosts() {
    WebSession carla = signedIn("customer@acme.test");
    Matcher row = ROW.matcher(carla.get("/portal/invoices.xhtml").body());
    assertThat(row.find()).isTrue();
    String order = row.group(3);
    assertThat(carla.get("/portal/order.xhtml?number=" + order + "&tab=invoices").body())
        .contains(row.group(2))
        .contains(".pdf");
    String work = carla.get("/portal/order.xhtml?number=" + order + "&tab=work").body();
    assertThat(work).containsPattern("€\\d+\\.\\d{2}").contains("id=\"workTotal\"");
    // An invoiced order has labour, parts or both on its work log.
    assertThat(work.contains("No labour logged yet.") && work.contains("No parts installed yet."))
        .isFalse();
  }

  private static List<String> statuses(String page) {
    List<String> found = new ArrayList<>();
    Matcher m = STATUS.matcher(page);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start) + start.length();
    return text.substring(from, text.indexOf(end, from));
  }

  private static WebSession signedIn(String email) {
    WebSession session = new WebSession();
    session.signIn("portal", email, SignInIT.PASSWORD);
    return session;
  }
}
