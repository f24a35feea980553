package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * C3 in Chromium: the asset is missing, so the customer registers it in place and submits the
 * request.
 */
class NewRequestBrowserIT {

  @Test
  void aCustomerRegistersAMissingAssetInPlaceAndSubmits() {
    try (Browser browser = new Browser(1280, 1000)) {
      browser.signIn("portal", "customer@acme.test", SignInIT.PASSWORD);
      browser.click("#navNewRequest");
      browser.click("label[for='request:kind:1']");
      new org.openqa.selenium.support.ui.Select(browser.find("#request\\:site")).selectByIndex(1);
      String name = "Pallet wrapper " + System.nanoTime();
      browser.click("#request\\:showNewAsset");
      browser.type("#request\\:newAssetName", name);
      browser.type("#request\\:newAssetSerial", "PW-" + System.nanoTime());
      browser.click("#request\\:createAsset");
      browser.awaitValue("#request\\:asset_input", name);
      browser.type("#request\\:summary", "Film tears at the top of every pallet.");
      browser.screenshot("portal-new-request");
      browser.click("#request\\:submit");
      assertThat(browser.text("#submittedNotice")).contains("submitted");
      assertThat(browser.text("#summary")).contains(name).contains("Service Call");
      browser.screenshot("portal-new-request-submitted");
    }
  }
}
