package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/** C13: every portal page fits a phone's width: nothing scrolls sideways. */
class PhoneWidthBrowserIT {

  @Test
  void everyPortalPageFitsAPhone() {
    String order =
        TestDatabase.strings(
                "SELECT o.order_number FROM service_order o JOIN customer_account c ON c.id = o.account_id"
                    + " WHERE c.name = 'Acme Corp' AND o.scheduled_start IS NOT NULL ORDER BY o.id LIMIT 1")
            .get(0);
    String asset =
        TestDatabase.strings(
                "SELECT a.id FROM asset a JOIN customer_account c ON c.id = a.account_id WHERE c.name = 'Acme Corp' LIMIT 1")
            .get(0);
    String withProposal =
        TestDatabase.strings(
                "SELECT p.order_number FROM proposal p JOIN customer_account c ON c.id = p.account_id"
                    + " WHERE c.name = 'Acme Corp' ORDER BY p.id LIMIT 1")
            .get(0);
    String[] billing =
        TestDatabase.strings(
                "SELECT i.id || ' ' || i.order_number FROM invoice i JOIN customer_account c ON c.id = i.account_id"
                    + " WHERE c.name = 'Acme Corp' ORDER BY i.id LIMIT 1")
            .get(0)
            .split(" ");
    String invoice = billing[0];
    String billed = billing[1];
    try (Browser phone = new Browser(390, 844)) {
      phone.signIn("portal", "admin@acme.test", SignInIT.PASSWORD);
      for (String page :
          new String[] {
            "/portal/index.xhtml",
            "/portal/requests.xhtml",
            "/portal/request-new.xhtml",
            "/portal/order.xhtml?number=" + order,
            "/portal/order.xhtml?number=" + withProposal + "&tab=summary",
            "/portal/order.xhtml?number=" + billed + "&tab=timeline",
            "/portal/order.xhtml?number=" + billed + "&tab=attachments",
            "/portal/order.xhtml?number=" + billed + "&tab=invoices",
            "/portal/order.xhtml?number=" + billed + "&tab=work",
            "/portal/invoices.xhtml",
            "/portal/invoice.xhtml?id=" + invoice,
            "/portal/quotes.xhtml",
            "/portal/assets.xhtml",
            "/portal/asset.xhtml?id=" + asset,
            "/portal/asset-new.xhtml",
            "/portal/profile.xhtml",
            "/portal/colleagues.xhtml"
          }) {
        phone.open(page);
        phone.find("#main h1");
        JavascriptExecutor js = (JavascriptExecutor) phone.driver();
        long content =
            ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
        long viewport = ((Number) js.executeScript("return window.innerWidth;")).longValue();
        phone.screenshot(
            "phone" + page.replaceAll("[^a-z]+", "-").replaceAll("-number-.*tab-", "-"));
        assertThat(content).as("width of %s", page).isLessThanOrEqualTo(viewport);
      }
    }
  }
}
