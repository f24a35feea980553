package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * C3 in Chromium: the asset is missing, so the customer registers it in place, adds two photos and
 * submits the service call; then finds it again by the asset's serial and sees the photos.
 */
class NewRequestBrowserIT {

  @Test
  void aCustomerSubmitsAServiceCallWithTwoPhotosAndFindsItBySerial() throws Exception {
    Path dir = Files.createTempDirectory("photos");
    Path front = Files.write(dir.resolve("front.png"), AttachmentsIT.photo(20_000));
    Path plate = Files.write(dir.resolve("nameplate.png"), AttachmentsIT.photo(30_000));
    try (Browser browser = new Browser(1280, 1000)) {
      browser.signIn("portal", "customer@acme.test", SignInIT.PASSWORD);
      browser.click("#navNewRequest");
      browser.click("label[for='request:kind:1']");
      new org.openqa.selenium.support.ui.Select(browser.find("#request\\:site")).selectByIndex(1);
      String name = "Pallet wrapper " + System.nanoTime();
      String serial = "PW-" + System.nanoTime();
      browser.click("#request\\:showNewAsset");
      browser.type("#request\\:newAssetName", name);
      browser.type("#request\\:newAssetSerial", serial);
      browser.click("#request\\:createAsset");
      browser.awaitValue("#request\\:asset_input", name);
      browser.type("#request\\:summary", "Film tears at the top of every pallet.");

      browser
          .driver()
          .findElement(By.cssSelector("#files input[name=files]"))
          .sendKeys(front + "\n" + plate);
      new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
          .until(
              ExpectedConditions.numberOfElementsToBe(By.cssSelector("#files .st-upload-done"), 2));
      assertThat(browser.text("#files .st-uploads"))
          .contains("front.png")
          .contains("nameplate.png");
      browser.screenshot("portal-new-request");
      browser.click("#request\\:submit");
      assertThat(browser.text("#submittedNotice")).contains("submitted");
      assertThat(browser.text("#summary")).contains(name).contains("Service Call");
      browser.screenshot("portal-new-request-submitted");

      browser.click("#navRequests");
      browser.type("#q", serial.toLowerCase());
      browser.click("#searchButton");
      browser.awaitUrl("q=");
      browser.click(".st-order-row a");
      browser.click("a.st-tab[href*='tab=attachments']");
      assertThat(browser.text("#attachmentList")).contains("front.png").contains("nameplate.png");
      browser.screenshot("portal-order-attachments");
    }
  }

  @Test
  void aFileOverTheLimitIsRefusedInTheBrowserBeforeUploading() throws Exception {
    Path big = Files.createTempFile("too-big", ".bin");
    try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(AttachmentsIT.LIMIT + 1); // sparse: takes no disk space
    }
    try (Browser browser = new Browser(390, 844)) {
      browser.signIn("portal", "customer@acme.test", SignInIT.PASSWORD);
      browser.open("/portal/order.xhtml?number=" + AttachmentsIT.acmeOrder() + "&tab=attachments");
      browser
          .driver()
          .findElement(By.cssSelector("#attachments input[name=files]"))
          .sendKeys(big.toString());
      assertThat(browser.text(".st-upload-failed")).contains("is larger than 250 MB");
      browser.screenshot("portal-upload-too-large-phone");
    } finally {
      Files.delete(big);
    }
  }
}
