package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** C4 in Chromium: a customer searches the requests list and the search lands in the URL. */
class RequestsBrowserIT {

  @Test
  void aCustomerSearchesByAssetTagAndCanShareTheUrl() {
    try (Browser browser = new Browser(1280, 900)) {
      browser.signIn("portal", "customer@acme.test", SignInIT.PASSWORD);
      browser.click("#navRequests");
      assertThat(browser.text("#resultCount")).startsWith("Requests found:");
      browser.type("#q", "ac-tag-10");
      browser.click("input[name=status][value=IN_PROGRESS]");
      browser.click("#searchButton");
      browser.awaitUrl("q=ac-tag-10");
      assertThat(browser.driver().getCurrentUrl())
          .contains("q=ac-tag-10")
          .contains("status=IN_PROGRESS");
      browser.find("#results");
      assertThat(browser.driver().findElements(By.cssSelector(".st-order-row")))
          .allSatisfy(row -> assertThat(row.getText()).contains("In Progress"));
      assertThat(browser.find("#q").getAttribute("value")).isEqualTo("ac-tag-10");
      assertThat(browser.find("input[name=status][value=IN_PROGRESS]").isSelected()).isTrue();
      browser.screenshot("portal-requests");

      String shared = browser.driver().getCurrentUrl();
      try (Browser colleague = new Browser(390, 844)) {
        colleague.signIn("portal", "admin@acme.test", SignInIT.PASSWORD);
        colleague.driver().get(shared);
        assertThat(colleague.find("#q").getAttribute("value")).isEqualTo("ac-tag-10");
        colleague.screenshot("portal-requests-phone");
      }
    }
  }
}
