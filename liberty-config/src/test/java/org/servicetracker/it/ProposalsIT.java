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
