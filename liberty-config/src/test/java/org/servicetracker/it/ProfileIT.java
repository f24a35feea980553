package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** C11: contact details, password change and the login audit with its download. */
class ProfileIT {

  @Test
  void contactDetailsAreSavedAndShown() {
    String email = TestDatabase.newAcmeCustomer("password-123");
    WebSession session = signedIn(email, "password-123");
    session.get("/portal/profile.xhtml");
    session.submit(
        "contactForm",
        Map.of(
            "displayName",
            "Paula Profile",
            "phone",
            "+1 555 0199",
            "notificationEmail",
            "Alerts@Acme.test"),
        "save");
    assertThat(session.last().body())
        .contains("Your contact details have been saved.")
        .contains("Paula Profile");
    assertThat(
            TestDatabase.strings(
                "SELECT concat_ws('|', display_name, phone, notification_email) FROM app_user WHERE email = ?",
                email))
        .containsExactly("Paula Profile|+1 555 0199|alerts@acme.test");
  }

  @Test
  void invalidContactDetailsAreRefusedWithTheReason() {
    String email = TestDatabase.newAcmeCustomer("password-123");
    WebSession session = signedIn(email, "password-123");
    session.get("/portal/profile.xhtml");
    session.submit(
        "contactForm",
        Map.of("displayName", "Paula", "phone", "", "notificationEmail", "not-an-address"),
        "save");
    assertThat(session.last().body()).contains("'not-an-address' is not an e-mail address.");
    session.submit(
        "contactForm",
        Map.of("displayName", "Paula", "phone", "call me maybe", "notificationEmail", ""),
        "save");
    assertThat(session.last().body()).contains("Enter a phone number of digits");
  }

  @Test
  void aNewPasswordNeedsTheCurrentOne() {
    String email = TestDatabase.newAcmeCustomer("password-123");
    WebSession session = signedIn(email, "password-123");
    session.get("/portal/profile.xhtml");
    session.submit(
        "passwordForm",
        Map.of(
            "current",
            "wrong-one",
            "newPassword",
            "brand-new-456",
            "confirmation",
            "brand-new-456"),
        "change");
    assertThat(session.last().body()).contains("The current password is not correct.");
    session.submit(
        "passwordForm",
        Map.of(
            "current",
            "password-123",
            "newPassword",
            "brand-new-456",
            "confirmation",
            "brand-new-456"),
        "change");
    assertThat(session.last().body()).contains("Your password has been changed.");
    assertThat(new WebSession().signIn("portal", email, "brand-new-456").body())
        .contains("Recent requests");
    assertThat(new WebSession().signIn("portal", email, "password-123").body())
        .contains("not correct");
  }

  @Test
  void theLoginAuditShowsEveryAttemptAndDownloadsAsCsv() {
    String email = TestDatabase.newAcmeCustomer("password-123");
    new WebSession().signIn("portal", email, "a-wrong-password");
    new WebSession().signIn("tech", email, "password-123");
    WebSession session = signedIn(email, "password-123");
    String page = session.get("/portal/profile.xhtml").body();
    assertThat(page)
        .contains("Wrong password")
        .contains("Refused: wrong application")
        .contains("Signed in");

    String csv = session.get("/portal/login-audit.csv").body();
    assertThat(csv.split("\r\n")).hasSize(4);
    assertThat(csv)
        .startsWith("Time,Outcome,Address,Client,Application")
        .contains(",FAILED,")
        .contains(",WRONG_APPLICATION,")
        .contains(",SUCCESS,");
    assertThat(new WebSession().get("/portal/login-audit.csv").uri().getPath())
        .isEqualTo("/portal/login.xhtml");
  }

  @Test
  void theDailyDigestChoiceIsSaved() {
    String email = TestDatabase.newAcmeCustomer("password-123");
    WebSession session = signedIn(email, "password-123");
    session.get("/portal/profile.xhtml");
    session.submit("notifyForm", Map.of("daily", "true"), "saveChoice");
    assertThat(session.last().body())
        .contains("Your choice of e-mail notifications has been saved.");
    assertThat(
            TestDatabase.strings("SELECT notify_daily::text FROM app_user WHERE email = ?", email))
        .containsExactly("true");
  }

  private static WebSession signedIn(String email, String password) {
    WebSession session = new WebSession();
    session.signIn("portal", email, password);
    return session;
  }
}
