package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The first journeys of a customer and of a technician, in headless Chromium, at desktop and phone
 * width.
 */
class SignInBrowserIT {

  @Test
  void aCustomerSignsInAndSeesTheirRecentOrders() {
    try (Browser browser = new Browser(1280, 900)) {
      browser.signIn("portal", "customer@acme.test", SignInIT.PASSWORD);
      assertThat(browser.text("#userMenu\\:signedInUser"))
          .contains("Carla Customer")
          .contains("Acme Corp");
      List<WebElement> rows =
          browser.find("#recentOrders").findElements(By.cssSelector(".st-order-row"));
      assertThat(rows).hasSize(5);
      browser.screenshot("portal-overview");

      String number = rows.get(0).findElement(By.cssSelector(".st-order-link")).getText();
      browser.click(".st-order-link");
      assertThat(browser.text("#orderTitle")).startsWith(number);
      assertThat(browser.text("#statusExplanation")).isNotBlank();
      assertThat(browser.text("#latest")).isNotBlank();
      browser.click("#wholeTimeline");
      assertThat(browser.text("#timeline")).contains("Request created");
      browser.screenshot("portal-order");

      browser.click("#userMenu\\:signedInUser");
      assertThat(browser.text("#signInEmail")).isEqualTo("customer@acme.test");
      assertThat(browser.find("#audit").findElements(By.cssSelector(".st-audit-row"))).isNotEmpty();
      browser.screenshot("portal-profile");

      browser.click("#userMenu\\:signOut");
      assertThat(browser.text("#signedOutNotice")).contains("signed out");
    }
  }

  @Test
  void aTechnicianSignsInAndSeesUnassignedOrders() {
    try (Browser browser = new Browser(1280, 900)) {
      browser.signIn("tech", "tech@servicetracker.test", SignInIT.PASSWORD);
      assertThat(browser.text("#signedInUser")).contains("Tom Technician");
      assertThat(browser.find("#unassignedOrders").findElements(By.cssSelector(".st-order-row")))
          .isNotEmpty();
      assertThat(browser.find("#myOrders").findElements(By.cssSelector(".st-order-row")))
          .isNotEmpty();
      browser.screenshot("tech-dashboard");
    }
  }

  @Test
  void thePortalWorksAtPhoneWidth() {
    try (Browser browser = new Browser(390, 844)) {
      browser.signIn("portal", "customer@globex.test", SignInIT.PASSWORD);
      WebElement firstOrder = browser.find(".st-order-link");
      assertThat(firstOrder.getSize().getHeight()).isPositive();
      JavascriptExecutor js = (JavascriptExecutor) browser.driver();
      long pageWidth =
          ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
      long viewport = ((Number) js.executeScript("return window.innerWidth;")).longValue();
      browser.screenshot("portal-phone");
      assertThat(pageWidth).as("no horizontal scrolling").isLessThanOrEqualTo(viewport);
    }
  }

  @Test
  void aWrongPasswordShowsAClearMessage() {
    try (Browser browser = new Browser(1280, 900)) {
      browser.signIn("portal", "customer@acme.test", "not-my-password");
      assertThat(browser.text(".ui-messages-error"))
          .contains("The e-mail address or password is not correct.");
    }
  }
}
