package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** C1: forgot password by a mailed single-use link that expires; mail survives an SMTP outage. */
class PasswordResetIT {
  private static final Pattern LINK = Pattern.compile("(http://\\S+/reset\\.xhtml\\?token=\\S+)");

  @Test
  void aMailedLinkSetsANewPasswordOnce() {
    String email = TestDatabase.newAcmeCustomer("old-password-1");
    WebSession browser = new WebSession();
    String link = requestLink(browser, email, 1);

    browser.get(link);
    browser.submit(
        "reset", Map.of("password", "new-password-2", "confirmation", "new-password-2"), "save");
    assertThat(browser.last().uri().getPath()).isEqualTo("/portal/login.xhtml");
    assertThat(browser.last().body()).contains("Your password has been changed.");

    assertThat(new WebSession().signIn("portal", email, "old-password-1").body())
        .contains("The e-mail address or password is not correct.");
    assertThat(new WebSession().signIn("portal", email, "new-password-2").body())
        .contains("Recent requests");

    assertThat(new WebSession().get(link).body())
        .contains("This reset link has already been used.");
  }

  @Test
  void anExpiredLinkIsRefusedWithAClearMessage() {
    String email = TestDatabase.newAcmeCustomer("old-password-1");
    String link = requestLink(new WebSession(), email, 1);
    TestDatabase.update(
        "UPDATE password_reset_token SET expires_at = now() - interval '1 minute'"
            + " WHERE user_id = (SELECT id FROM app_user WHERE email = ?)",
        email);
    WebSession browser = new WebSession();
    assertThat(browser.get(link).body())
        .contains("This reset link has expired.")
        .doesNotContain("id=\"reset\"");
  }

  @Test
  void mismatchedPasswordsAreRefusedAndTheLinkStaysUsable() {
    String email = TestDatabase.newAcmeCustomer("old-password-1");
    WebSession browser = new WebSession();
    String link = requestLink(browser, email, 1);
    browser.get(link);
    browser.submit(
        "reset", Map.of("password", "new-password-2", "confirmation", "other-password"), "save");
    assertThat(browser.last().body()).contains("The two passwords do not match.");
    assertThat(new WebSession().get(link).body()).contains("id=\"reset\"");
  }

  @Test
  void anUnknownAddressGetsTheSameAnswerAndNoMail() {
    String email = "nobody-" + System.nanoTime() + "@acme.test";
    WebSession browser = new WebSession();
    browser.get("/portal/forgot.xhtml");
    browser.submit("forgot", Map.of("email", email), "send");
    assertThat(browser.last().body())
        .contains("If an account exists for that address, a reset link is on its way.");
    DevMailbox.sleep(3000);
    assertThat(DevMailbox.to(email)).isEmpty();
  }

  @Test
  void mailWaitsOutAnSmtpOutageAndIsDeliveredOnceTheServerIsBack() {
    String email = TestDatabase.newAcmeCustomer("old-password-1");
    DevMailbox.stopSmtp();
    try {
      WebSession browser = new WebSession();
      browser.get("/portal/forgot.xhtml");
      browser.submit("forgot", Map.of("email", email), "send");
      DevMailbox.sleep(5000);
      assertThat(
              TestDatabase.count(
                  "SELECT count(*) FROM outbox_message WHERE recipient = ? AND status = 'PENDING' AND attempts > 0",
                  email))
          .as("the message is kept and retried while SMTP is down")
          .isEqualTo(1);
    } finally {
      DevMailbox.startSmtp();
    }
    DevMailbox.Mail mail = DevMailbox.awaitNth(email, 1, Duration.ofSeconds(60));
    assertThat(mail.subject()).isEqualTo("Reset your Service Tracker password");
    DevMailbox.sleep(3000);
    assertThat(DevMailbox.to(email)).hasSize(1);
  }

  private static String requestLink(WebSession browser, String email, int nth) {
    browser.get("/portal/login.xhtml");
    assertThat(browser.last().body()).contains("Forgot password?");
    browser.get("/portal/forgot.xhtml");
    browser.submit("forgot", Map.of("email", email), "send");
    DevMailbox.Mail mail = DevMailbox.awaitNth(email, nth, Duration.ofSeconds(30));
    Matcher link = LINK.matcher(mail.body());
    assertThat(link.find()).as("link in %s", mail.body()).isTrue();
    return link.group(1);
  }
}
