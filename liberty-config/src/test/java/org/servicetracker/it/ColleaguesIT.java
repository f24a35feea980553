package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * C12: organisation administrators see their colleagues, deactivate leavers at once, and request
 * new logins.
 */
class ColleaguesIT {

  @Test
  void onlyOrganisationAdministratorsOpenThePage() {
    WebSession carla = signedIn("customer@acme.test");
    assertThat(carla.get("/portal/colleagues.xhtml").statusCode()).isEqualTo(403);
    assertThat(carla.get("/portal/index.xhtml").body()).doesNotContain("navColleagues");

    WebSession adam = signedIn("admin@acme.test");
    String page = adam.get("/portal/colleagues.xhtml").body();
    assertThat(page)
        .contains("customer@acme.test")
        .contains("admin@acme.test")
        .doesNotContain("globex.test");
  }

  @Test
  void aDeactivatedColleaguesOpenSessionStopsAtItsNextRequest() {
    String email = TestDatabase.newAcmeCustomer("password-123");
    WebSession leaver = signedIn(email, "password-123");
    assertThat(leaver.get("/portal/requests.xhtml").uri().getPath())
        .isEqualTo("/portal/requests.xhtml");

    WebSession adam = signedIn("admin@acme.test");
    String page = adam.get("/portal/colleagues.xhtml").body();
    adam.submit("people", Map.of(), deactivateButtonFor(page, email));
    assertThat(adam.last().body()).contains("The login has been deactivated.");

    assertThat(leaver.get("/portal/requests.xhtml").uri().getPath())
        .isEqualTo("/portal/login.xhtml");
    assertThat(new WebSession().signIn("portal", email, "password-123").body())
        .contains("This account has been deactivated.");
  }

  @Test
  void aRequestedLoginReachesTheServiceOrganisation() {
    String colleague = "new-" + System.nanoTime() + "@acme.test";
    WebSession adam = signedIn("admin@acme.test");
    adam.get("/portal/colleagues.xhtml");
    adam.submit(
        "request", Map.of("name", "Nora New", "email", colleague, "note", "Starts Monday"), "send");
    assertThat(adam.last().body())
        .contains("Your request has been sent")
        .contains(colleague)
        .contains("Waiting for the service organisation");

    DevMailbox.Mail mail =
        DevMailbox.await(
            "admin@servicetracker.test",
            "Account request from Acme Corp",
            colleague,
            Duration.ofSeconds(30));
    assertThat(mail.body()).contains("Nora New <" + colleague + ">").contains("Starts Monday");

    adam.submit(
        "request",
        Map.of("name", "Carla Again", "email", "customer@acme.test", "note", ""),
        "send");
    assertThat(adam.last().body()).contains("There is already a login for customer@acme.test.");
  }

  private static String deactivateButtonFor(String page, String email) {
    int row = page.indexOf(email);
    assertThat(row).isPositive();
    Matcher button = Pattern.compile("id=\"(people:list:\\d+:deactivate)\"").matcher(page);
    assertThat(button.find(row)).as("deactivate button in the row of %s", email).isTrue();
    return button.group(1);
  }

  private static WebSession signedIn(String email) {
    return signedIn(email, SignInIT.PASSWORD);
  }

  private static WebSession signedIn(String email, String password) {
    WebSession session = new WebSession();
    session.signIn("portal", email, password);
    return session;
  }
}
