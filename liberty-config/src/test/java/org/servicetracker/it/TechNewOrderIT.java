package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * T4 in Chromium: a dispatcher opens a service call for Globex, adding the contact and asset in
 * place.
 */
class TechNewOrderIT {

  @Test
  void aDispatcherOpensAnOrderOnACustomersBehalfWithANewContactAndAsset() throws Exception {
    Path photo = Files.write(Files.createTempFile("nameplate", ".png"), AttachmentsIT.photo(9000));
    String serial = "GX-" + System.nanoTime();
    try (Browser browser = new Browser(1280, 1100)) {
      browser.signIn("tech", "dispatch@servicetracker.test", SignInIT.PASSWORD);
      browser.click("#navNewOrder");
      browser.click("label[for='order:kind:1']");
      browser.choose("#order\\:account", "glob", "Globex");
      WebDriverWait wait = new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20));
      wait.until(
          ExpectedConditions.numberOfElementsToBeMoreThan(
              By.cssSelector("#order\\:site option"), 1));
      new Select(browser.find("#order\\:site")).selectByIndex(1);

      browser.click("#newContact summary");
      browser.type("#order\\:contactName", "Hank Scorpio");
      browser.type("#order\\:contactEmail", "hank@globex.test");
      browser.click("#order\\:addContact");
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("#order\\:contact option:checked"), "Hank Scorpio"));

      browser.click("#newAsset summary");
      browser.type("#order\\:assetName", "Doomsday device");
      browser.type("#order\\:assetSerial", serial);
      browser.click("#order\\:addAsset");
      browser.awaitValue("#order\\:asset_input", "Doomsday device · " + serial);
      // The customer's assets are found by what one types, here part of the serial number.
      browser.choose("#order\\:asset", serial.substring(3), "Doomsday device · " + serial);

      browser.type("#order\\:summary", "Does not power on after the storm.");
      browser
          .driver()
          .findElement(By.cssSelector("#files input[name=files]"))
          .sendKeys(photo.toString());
      wait.until(
          ExpectedConditions.numberOfElementsToBe(By.cssSelector("#files .st-upload-done"), 1));
      browser.screenshot("tech-new-order");
      browser.click("#order\\:create");

      assertThat(browser.text("#createdNotice")).contains("created");
      String facts = browser.text("#summary");
      assertThat(facts)
          .contains("Globex")
          .contains("Service Call")
          .contains("Hank Scorpio")
          .contains(serial);
      browser.click("a.st-tab[href*='tab=attachments']");
      assertThat(browser.text("#attachmentList")).contains("nameplate");
    }
  }

  @Test
  void clearingTheCustomerTakesItsSitesAway() {
    try (Browser browser = new Browser(1280, 1100)) {
      browser.signIn("tech", "dispatch@servicetracker.test", SignInIT.PASSWORD);
      browser.open("/tech/order-new.xhtml");
      browser.choose("#order\\:account", "glob", "Globex");
      WebDriverWait wait = new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20));
      By sites = By.cssSelector("#order\\:site option");
      wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(sites, 1));

      WebElement account = browser.find("#order\\:account_input");
      account.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
      // Only "no site" is left, and no other customer is chosen in its place.
      wait.until(ExpectedConditions.numberOfElementsToBe(sites, 1));
      assertThat(
              browser
                  .driver()
                  .findElement(By.cssSelector("#order\\:account_hinput"))
                  .getAttribute("value"))
          .isEmpty();
    }
  }
}
