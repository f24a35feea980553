package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** C7/C8 over HTTP: a customer answers a recommendation line by line. */
class ProposalsIT {
  private static final Pattern AWAITING =
      Pattern.compile("order\\.xhtml\\?number=(SR-\\d+)&amp;tab=summary#proposal-(R-\\d+)");

  @Test
  void aCustomerApprovesOneLineAndDeclinesTheOtherWithAPoNumber() {
    WebSession carla = signedIn("customer@acme.test");
    String overview = carla.get("/portal/index.xhtml").body();
    Matcher awaiting =
        AWAITING.matcher(overview.substring(overview.indexOf("id=\"awaitingResponse\"")));
    assertThat(awaiting.find()).as("a recommendation awaiting an answer").isTrue();
    String order = awaiting.group(1);
    String proposal = awaiting.group(2);

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
    String overview = carla.get("/portal/index.xhtml").body();
    Matcher awaiting =
        AWAITING.matcher(overview.substring(overview.indexOf("id=\"awaitingResponse\"")));
    assertThat(awaiting.find()).isTrue();
    carla.get("/portal/order.xhtml?number=" + awaiting.group(1));
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

  private static WebSession signedIn(String email) {
    WebSession session = new WebSession();
    session.signIn("portal", email, SignInIT.PASSWORD);
    return session;
  }
}
