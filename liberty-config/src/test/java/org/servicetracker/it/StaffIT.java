package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A3 over HTTP: administrators add staff, change their roles, and deactivate them at once. */
class StaffIT {
  private static final Pattern LINK =
      Pattern.compile("(http://\\S+/tech/reset\\.xhtml\\?token=\\S+)");

  @Test
  void anAdministratorAddsATechnicianPromotesThemAndDeactivatesThem() {
    WebSession alex = TechOrderIT.tech("admin@servicetracker.test");
    alex.get("/tech/admin/staff.xhtml");
    String email = "new-tech-" + System.nanoTime() + "@servicetracker.test";
    alex.submit(
        "inviteForm",
        Map.of("name", "Nina Newcomer", "email", email, "roles", "TECHNICIAN"),
        "send");
    assertThat(alex.last().body())
        .contains("The invitation has been sent")
        .contains("Nina Newcomer");

    DevMailbox.Mail mail =
        DevMailbox.await(
            email, "Your Service Tracker account for the service team", Duration.ofSeconds(30));
    Matcher link =
        LINK.matcher(mail.body().replace("=\r\n", "").replace("=\n", "").replace("=3D", "="));
    assertThat(link.find()).as(mail.body()).isTrue();
    WebSession nina = new WebSession();
    nina.get(link.group(1));
    nina.submit(
        "reset", Map.of("password", "nina-password-1", "confirmation", "nina-password-1"), "save");
    nina = new WebSession();
    assertThat(nina.signIn("tech", email, "nina-password-1").body())
        .contains("Nina Newcomer")
        .contains("Dashboard");

    String id = TestDatabase.strings("SELECT id FROM app_user WHERE email = ?", email).get(0);
    String form = formOf(alex.get("/tech/admin/staff.xhtml").body(), email);
    alex.submit(form, Map.of("roles", "DISPATCHER"), form + ":saveRoles");
    assertThat(alex.last().body()).contains("The roles have been saved.");
    assertThat(
            TestDatabase.strings(
                "SELECT role FROM user_role WHERE user_id = ?", Long.parseLong(id)))
        .containsExactly("DISPATCHER");

    form = formOf(alex.last().body(), email);
    alex.submit(form, Map.of(), form + ":deactivate");
    assertThat(alex.last().body()).contains("has been deactivated");
    assertThat(nina.get("/tech/index.xhtml").body()).doesNotContain("Nina Newcomer");
  }

  @Test
  void anAdministratorCannotLockThemselvesOut() {
    WebSession alex = TechOrderIT.tech("admin@servicetracker.test");
    String page = alex.get("/tech/admin/staff.xhtml").body();
    String form = formOf(page, "admin@servicetracker.test");
    alex.submit(form, Map.of("roles", "TECHNICIAN"), form + ":saveRoles");
    assertThat(alex.last().body()).contains("You cannot take away your own administrator role.");
    alex.submit(form, Map.of(), form + ":deactivate");
    assertThat(alex.last().body()).contains("You cannot deactivate yourself.");
  }

  /** The id of the form of the staff row showing this address. */
  private static String formOf(String page, String email) {
    int at = page.indexOf(email);
    int form = page.lastIndexOf("<form id=\"", at);
    return page.substring(
        form + "<form id=\"".length(), page.indexOf('"', form + "<form id=\"".length()));
  }
}
