package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** C7 in Chromium: from the overview to the order, approve one line and decline the other. */
class ProposalsBrowserIT {

  @Test
  void aCustomerAnswersARecommendationFromTheOverview() {
    try (Browser browser = new Browser(1280, 1100)) {
      String order = TechOrderIT.newCustomerOrder("WALK_IN");
      String proposal = ProposalsIT.recommend(order);
      browser.signIn("portal", "admin@acme.test", SignInIT.PASSWORD);
      browser.click("#awaitingResponse a[href*='" + proposal + "']");
      browser.find("#respondButton");
      browser.click("label[for='proposalList:0:respond:line:0:decision:0']");
      browser.click("label[for='proposalList:0:respond:line:1:decision:1']");
      browser.type("#proposalList\\:0\\:respond\\:po", "PO-BROWSER-1");
      ((org.openqa.selenium.JavascriptExecutor) browser.driver())
          .executeScript("document.getElementById('proposals').scrollIntoView()");
      browser.screenshot("portal-respond");
      browser.click("#proposalList\\:0\\:respond\\:send");
      assertThat(browser.text("#respondedNotice")).contains("sent to the service team");
      assertThat(browser.text("#proposals"))
          .contains("Partly approved")
          .contains("PO PO-BROWSER-1");
      browser.screenshot("portal-responded");
    }
  }
}
