package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * C9 in Chromium: a customer filters the invoices, opens one, sees the order's costs, and pays one
 * online.
 */
class InvoicesBrowserIT {

  @Test
  void aCustomerFindsAnOverdueInvoiceAndItsBreakdown() {
    try (Browser browser = new Browser(1280, 1000)) {
      browser.signIn("portal", "customer@acme.test", SignInIT.PASSWORD);
      browser.click("#navInvoices");
      new Select(browser.find("#status")).selectByValue("OVERDUE");
      browser.click("#searchButton");
      browser.awaitUrl("status=OVERDUE");
      assertThat(browser.driver().findElements(By.cssSelector(".st-invoice-row")))
          .isNotEmpty()
          .allSatisfy(row -> assertThat(row.getText()).contains("Overdue"));
      browser.screenshot("portal-invoices");
      browser.click(".st-invoice-link");
      assertThat(browser.text("#invoiceStatus")).isEqualTo("Overdue");
      assertThat(browser.text("#invoiceTotal")).startsWith("€");
      browser.screenshot("portal-invoice");
      browser.click("#invoiceFacts a[href*='order.xhtml']");
      browser.click("a.st-tab[href*='tab=work']");
      assertThat(browser.text("#workTotal")).startsWith("€");
      browser.screenshot("portal-order-work");
    }
  }

  @Test
  void aCustomerPaysAnInvoiceAtTheProvidersCheckout() {
    long invoice = PaymentsIT.outstandingInvoice();
    try (Browser browser = new Browser(1280, 1000)) {
      browser.signIn("portal", "customer@acme.test", SignInIT.PASSWORD);
      browser.open("/portal/invoice.xhtml?id=" + invoice);
      String total = browser.text("#invoiceTotal");
      assertThat(browser.text("#payOnline")).isEqualTo("Pay online " + total);
      browser.click("#payOnline");

      assertThat(browser.text("#amount")).endsWith("EUR"); // the provider's own page
      browser.screenshot("dev-payment-checkout");
      browser.click("#payButton");

      assertThat(browser.text("#paymentNotice")).contains("the invoice is paid");
      assertThat(browser.text("#invoiceStatus")).isEqualTo("Paid");
      browser.screenshot("portal-invoice-paid");
    }
  }
}
