package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** C7/C8 over HTTP: a customer answers a recommendation line by line. */
class ProposalsIT {

  @Test
  void aCustomerApprovesOneLineAndDeclinesTheOtherWithAPoNumber() {
    WebSession carla = signedIn("customer@acme.test");
    String order = TechOrderIT.newCustomerOrder("WALK_IN");
    String proposal = recommend(order);
    assertThat(carla.get("/portal/index.xhtml").body()).contains("id=\"awaitingResponse\"");
    String page = carla.get("/portal/order.xhtml?number=" + order).body();
    assertThat(page).contains("id=\"respondButton\"").contains("Awaiting your answer");
    String po = "PO-" + System.nanoTime();
    carla.submit(
        "proposalList:0:respond",
        Map.of("line:0:decision", "APPROVED", "line:1:decision", "DECLINED", "po", po),
        "send");
    String answered = carla.last().body();
    assertThat(carla.last().uri().getQuery()).contains("responded=true");
    assertThat(answered)
        .contains("Your answer has been sent to the service team.")
        .contains("Partly approved")
        .contains("PO " + po)
        .doesNotContain("id=\"respondButton\"");

    String timeline = carla.get("/portal/order.xhtml?number=" + order + "&tab=timeline").body();
    assertThat(timeline)
        .contains("Answered:")
        .contains(proposal + " · Approved: Drive belt DB-220; Declined: Cooling fan")
        .contains("(PO " + po + ")")
        .contains("Carla Customer");

    // The technician who wrote it is told; the answer is final.
    String author =
        TestDatabase.strings(
                "SELECT u.email FROM proposal p JOIN app_user u ON u.id = p.author_id"
                    + " WHERE p.proposal_number = ?",
                proposal)
            .get(0);
    DevMailbox.Mail mail =
        DevMailbox.await(
            author, "Answer on " + proposal + " (" + order + ")", Duration.ofSeconds(30));
    assertThat(mail.body()).contains("Carla Customer answered " + proposal);
    assertThat(carla.get("/portal/order.xhtml?number=" + order).body())
        .doesNotContain("proposalList:0:respond:line:0:decision");
  }

  @Test
  void askingForClarificationNeedsAComment() {
    WebSession carla = signedIn("customer@acme.test");
    String order = TechOrderIT.newCustomerOrder("WALK_IN");
    recommend(order);
    carla.get("/portal/order.xhtml?number=" + order);
    carla.submit("proposalList:0:respond", Map.of("line:0:decision", "CLARIFY"), "send");
    assertThat(carla.last().body()).contains("Say what needs clarifying.");
    carla.submit("proposalList:0:respond", Map.of(), "send");
    assertThat(carla.last().body()).contains("Choose what to do with at least one line.");
  }

  @Test
  void globexSeesNoneOfAcmesProposals() {
    WebSession carla = signedIn("customer@acme.test");
    Matcher any =
        Pattern.compile("#proposal-((R|Q)-\\d+)")
            .matcher(carla.get("/portal/quotes.xhtml?show=all").body());
    assertThat(any.find()).isTrue();
    WebSession gina = signedIn("customer@globex.test");
    assertThat(gina.get("/portal/quotes.xhtml?show=all").body())
        .doesNotContain(any.group(1) + " ·");
  }

  /**
   * A large customer's quotes page counts up to 1,000 ("1000+") and pages on; the last page knows
   * the total. (1,003 proposals of an account of their own, on an existing order: the list reads
   * the proposals' account.)
   */
  @Test
  void aLargeCustomersQuotesCountUpToTheLimitAndPageOn() {
    String account = "Quotes " + System.nanoTime();
    TestDatabase.update("INSERT INTO customer_account (name) VALUES (?)", account);
    String prefix = "T" + System.nanoTime() % 1_000_000 + "-";
    TestDatabase.update(
        "INSERT INTO proposal (proposal_number, order_id, order_number, account_id, kind, title,"
            + " currency, author_name, created_at, open_lines)"
            + " SELECT ? || g, o.id, o.order_number, a.id, 'QUOTE', 'Quote ' || g, 'EUR', 'Test',"
            + " now() - g * interval '1 minute', 0"
            + " FROM (SELECT id, order_number FROM service_order LIMIT 1) o,"
            + " customer_account a, generate_series(1, 1003) g WHERE a.name = ?",
        prefix,
        account);
    try {
      quotesCountUpToTheLimitAndPageOn(account, prefix);
    } finally { // the order is another account's, whose pages must not show these
      TestDatabase.update("DELETE FROM proposal WHERE proposal_number LIKE ? || '%'", prefix);
    }
  }

  private static void quotesCountUpToTheLimitAndPageOn(String account, String prefix) {
    WebSession customer = new WebSession();
    customer.signIn(
        "portal", TestDatabase.newCustomer(account, SignInIT.PASSWORD), SignInIT.PASSWORD);
    String first = customer.get("/portal/quotes.xhtml?show=all").body();
    assertThat(first).contains("Found: 1000+").contains("1 / 40+").contains("id=\"nextPage\"");
    assertThat(first).contains(prefix + "1 ·").doesNotContain(prefix + "26 ·");
    String last = customer.get("/portal/quotes.xhtml?show=all&page=40").body();
    assertThat(last)
        .contains("Found: 1003")
        .contains("41 / 41")
        .contains(prefix + "1003 ·")
        .doesNotContain("id=\"nextPage\"");
    assertThat(customer.get("/portal/quotes.xhtml").body()).contains("Found: 0");
  }

  /** Tom recommends two parts on the order through the technician app; returns the number. */
  static String recommend(String order) {
    WebSession tom = TechOrderIT.tech("tech@servicetracker.test");
    tom.get("/tech/order.xhtml?number=" + order + "&tab=quotes");
    tom.submit(
        "quoteForm",
        Map.of(
            "kind", "RECOMMENDATION",
            "title", "Replace worn parts while the unit is open",
            "row:0:lineDescription", "Drive belt DB-220",
            "row:0:lineQuantity", "1",
            "row:0:linePrice", "18.40",
            "row:1:lineDescription", "Cooling fan CF-92 with fitting (0.5 h)",
            "row:1:lineQuantity", "1",
            "row:1:linePrice", "74.50"),
        "send");
    Matcher number =
        Pattern.compile("Recommendation (R-\\d+) · Replace worn parts").matcher(tom.last().body());
    assertThat(number.find()).as("the recommendation was sent").isTrue();
    return number.group(1);
  }

  private static WebSession signedIn(String email) {
    WebSession session = new WebSession();
    session.signIn("portal", email, SignInIT.PASSWORD);
    return session;
  }
}
