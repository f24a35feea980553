package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * T5/T6/T8 in Chromium: claim an order, move it to Awaiting Parts, log the part with its receipt,
 * on a phone too.
 */
class TechOrderBrowserIT {

  @Test
  void aTechnicianClaimsAnOrderAndWaitsForParts() throws Exception {
    String number = TechOrderIT.newCustomerOrder("WALK_IN");
    Path receipt = Files.write(Files.createTempFile("receipt", ".png"), AttachmentsIT.photo(4000));
    try (Browser browser = new Browser(1280, 1100)) {
      browser.signIn("tech", "tech2@servicetracker.test", SignInIT.PASSWORD);
      browser.open("/tech/order.xhtml?number=" + number);
      browser.click("#claimForm\\:claim");
      assertThat(browser.text("#claimedNotice")).contains("yours");
      assertThat(browser.text("#technicians")).isEqualTo("Tina Technician");

      new Select(browser.find("#statusForm\\:target")).selectByValue("IN_PROGRESS");
      assertThat(browser.driver().findElement(By.id("statusForm:supplier")).isDisplayed())
          .isFalse();
      browser.click("#statusForm\\:changeStatus");
      assertThat(browser.text("#statusChangedNotice")).contains("changed");

      new Select(browser.find("#statusForm\\:target")).selectByValue("AWAITING_PARTS");
      browser.type("#statusForm\\:supplier", "Northwind Parts");
      browser
          .find("#statusForm\\:eta")
          .sendKeys(
              LocalDate.now()
                  .plusDays(3)
                  .format(java.time.format.DateTimeFormatter.ofPattern("MMddyyyy")));
      browser.screenshot("tech-status-form");
      browser.click("#statusForm\\:changeStatus");
      assertThat(browser.text("#status")).isEqualTo("Awaiting Parts");
      browser.screenshot("tech-order-summary");

      browser.click("a.st-tab[href*='tab=work']");
      browser.find("#labourForm\\:start");
      browser.screenshot("tech-order-work");

      // The part that arrived, with the supplier's receipt attached to its line (T8).
      browser.type("#partForm\\:partDescription", "Drain pump");
      browser.type("#partForm\\:costCode", "CC-410");
      browser.type("#partForm\\:unitPrice", "39.90");
      browser.click("#partForm\\:logPart");
      assertThat(browser.text("#partLoggedNotice")).contains("logged");
      browser.click(".st-part-row .st-line-documents summary");
      browser
          .driver()
          .findElement(By.cssSelector(".st-part-row .st-line-documents input[name=files]"))
          .sendKeys(receipt.toString());
      assertThat(browser.text("#uploadedNotice")).contains("added");
      browser.click(".st-part-row .st-line-documents summary");
      assertThat(browser.text(".st-part-row .st-line-documents"))
          .contains("Receipts and certificates (1)")
          .contains("receipt");
      browser.screenshot("tech-order-work-receipt");
      browser.open("/tech/schedule.xhtml?view=week&day=" + LocalDate.now().plusDays(7));
      browser.screenshot("tech-schedule-week");
    }
    try (Browser phone = new Browser(390, 844)) {
      phone.signIn("tech", "tech2@servicetracker.test", SignInIT.PASSWORD);
      for (String tab :
          new String[] {"summary", "timeline", "attachments", "work", "quotes", "invoices"}) {
        phone.open("/tech/order.xhtml?number=" + number + "&tab=" + tab);
        phone.find("#orderTitle");
        long width =
            ((Number)
                    ((org.openqa.selenium.JavascriptExecutor) phone.driver())
                        .executeScript(
                            "return document.documentElement.scrollWidth - window.innerWidth;"))
                .longValue();
        phone.screenshot("tech-phone-order-" + tab);
        assertThat(width).as("sideways scrolling on " + tab).isLessThanOrEqualTo(0);
      }
    }
    String acme =
        TestDatabase.strings("SELECT id FROM customer_account WHERE name = 'Acme Corp'").get(0);
    try (Browser phone = new Browser(390, 844)) {
      phone.signIn("tech", "admin@servicetracker.test", SignInIT.PASSWORD);
      for (String page :
          new String[] {
            "/tech/index.xhtml",
            "/tech/schedule.xhtml",
            "/tech/order-new.xhtml",
            "/tech/admin/desk.xhtml",
            "/tech/admin/settings.xhtml",
            "/tech/admin/staff.xhtml",
            "/tech/admin/api-clients.xhtml",
            "/tech/stock.xhtml",
            "/tech/admin/accounts.xhtml",
            "/tech/admin/account.xhtml?account=" + acme
          }) {
        phone.open(page);
        phone.find("#main h1");
        long width =
            ((Number)
                    ((org.openqa.selenium.JavascriptExecutor) phone.driver())
                        .executeScript(
                            "return document.documentElement.scrollWidth - window.innerWidth;"))
                .longValue();
        phone.screenshot("tech-phone" + page.replaceAll("[^a-z]+", "-"));
        assertThat(width).as("sideways scrolling on " + page).isLessThanOrEqualTo(0);
      }
    }
  }
}
