package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * C4: the requests list searches, filters, sorts and pages in the database; the CSV export holds
 * exactly its rows.
 */
class RequestsIT {
  private static final Pattern ORDER_LINK = Pattern.compile("class=\"st-order-link\">(SR-\\d+)<");
  private static final Pattern NEXT = Pattern.compile("id=\"nextPage\" href=\"([^\"]+)\"");

  @Test
  void searchingBySerialSubstringFindsExactlyThatAssetsOrders() {
    String serial =
        TestDatabase.strings(
                "SELECT a.serial_number FROM asset a JOIN customer_account c ON c.id = a.account_id"
                    + " WHERE c.name = 'Acme Corp' ORDER BY a.id LIMIT 1")
            .get(0);
    String fragment = serial.substring(serial.length() - 6).toLowerCase();
    List<String> expected =
        TestDatabase.strings(
            "SELECT o.order_number FROM service_order o JOIN asset a ON a.id = o.asset_id JOIN customer_account c ON c.id = o.account_id"
                + " WHERE c.name = 'Acme Corp' AND lower(a.serial_number) LIKE ? ORDER BY o.created_at DESC, o.id DESC",
            "%" + fragment + "%");
    assertThat(expected).isNotEmpty();

    WebSession acme = signedIn("customer@acme.test");
    assertThat(allPages(acme, "/portal/requests.xhtml?q=" + fragment))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void filtersCombineAndTheExportHoldsExactlyTheFilteredRowsInOrder() {
    WebSession acme = signedIn("customer@acme.test");
    String filter = "status=IN_PROGRESS&status=NEW&status=COMPLETED&sort=UPDATED";
    List<String> listed = allPages(acme, "/portal/requests.xhtml?" + filter);
    List<String> expected =
        TestDatabase.strings(
            "SELECT o.order_number FROM service_order o JOIN customer_account c ON c.id = o.account_id"
                + " WHERE c.name = 'Acme Corp' AND o.status IN ('IN_PROGRESS', 'NEW', 'COMPLETED') ORDER BY o.updated_at DESC, o.id DESC");
    assertThat(listed).containsExactlyElementsOf(expected);

    HttpResponse<String> csv = acme.get("/portal/requests.csv?" + filter);
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
    assertThat(csvNumbers(csv.body())).containsExactlyElementsOf(expected);
  }

  @Test
  void anotherAccountsOrdersNeverAppearInTheListOrTheExport() {
    List<String> acmeOrders =
        TestDatabase.strings(
            "SELECT o.order_number FROM service_order o JOIN customer_account c ON c.id = o.account_id WHERE c.name = 'Acme Corp'");
    WebSession globex = signedIn("customer@globex.test");
    List<String> exported = csvNumbers(globex.get("/portal/requests.csv").body());
    assertThat(exported).isNotEmpty().doesNotContainAnyElementsOf(acmeOrders);
    assertThat(allPages(globex, "/portal/requests.xhtml?q=sr-"))
        .doesNotContainAnyElementsOf(acmeOrders);
  }

  @Test
  void aPriorityAndDateRangeNarrowTheList() {
    WebSession acme = signedIn("customer@acme.test");
    List<String> expected =
        TestDatabase.strings(
            "SELECT o.order_number FROM service_order o JOIN customer_account c ON c.id = o.account_id"
                + " WHERE c.name = 'Acme Corp' AND o.priority = 'URGENT' AND o.created_at >= current_date - 30"
                + " ORDER BY o.created_at DESC, o.id DESC");
    String from = java.time.LocalDate.now().minusDays(30).toString();
    assertThat(allPages(acme, "/portal/requests.xhtml?priority=URGENT&from=" + from))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void badFiltersGetAClearMessageAndTheExportA400() {
    WebSession acme = signedIn("customer@acme.test");
    assertThat(acme.get("/portal/requests.xhtml?from=2026-13-45").body())
        .contains("is not a date (use YYYY-MM-DD).");
    assertThat(acme.get("/portal/requests.xhtml?from=2026-05-02&to=2026-05-01").body())
        .contains("The end date must not be before the start date.");
    assertThat(acme.get("/portal/requests.csv?status=NOPE").statusCode()).isEqualTo(400);
  }

  private static WebSession signedIn(String email) {
    WebSession session = new WebSession();
    session.signIn("portal", email, SignInIT.PASSWORD);
    return session;
  }

  /** Follows the "Next" links and collects the order numbers of every page. */
  private static List<String> allPages(WebSession session, String path) {
    List<String> numbers = new ArrayList<>();
    String next = path;
    while (next != null) {
      String body = session.get(next).body();
      Matcher link = ORDER_LINK.matcher(body);
      while (link.find()) {
        numbers.add(link.group(1));
      }
      Matcher nextPage = NEXT.matcher(body);
      next = nextPage.find() ? nextPage.group(1).replace("&amp;", "&") : null;
    }
    return numbers;
  }

  private static List<String> csvNumbers(String csv) {
    return Arrays.stream(csv.split("\r\n"))
        .skip(1)
        .map(line -> line.substring(0, line.indexOf(',')))
        .toList();
  }
}
