package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each demo role signs in to its own application and is refused by the other one. */
class SignInIT {
  static final String PASSWORD = "demo1234";

  @ParameterizedTest
  @CsvSource({
    "customer@acme.test, Carla Customer",
    "admin@acme.test, Adam Acme-Admin",
    "customer@globex.test, Gina Globex"
  })
  void customersSignInToThePortalOnly(String email, String name) {
    WebSession portal = new WebSession();
    HttpResponse<String> page = portal.signIn("portal", email, PASSWORD);
    assertThat(page.uri().getPath()).isIn("/portal/", "/portal/index.xhtml");
    assertThat(page.body()).contains(name).contains("Recent requests");

    WebSession tech = new WebSession();
    page = tech.signIn("tech", email, PASSWORD);
    assertThat(page.uri().getPath()).isEqualTo("/tech/login.xhtml");
    assertThat(page.body())
        .contains("This sign-in is for service staff. Customers sign in to the customer portal.");
    assertThat(tech.get("/tech/index.xhtml").uri().getPath()).isEqualTo("/tech/login.xhtml");
  }

  @ParameterizedTest
  @CsvSource({
    "tech@servicetracker.test, Tom Technician",
    "tech2@servicetracker.test, Tina Technician",
    "dispatch@servicetracker.test, Dana Dispatcher",
    "admin@servicetracker.test, Alex Administrator"
  })
  void staffSignInToTheTechnicianAppOnly(String email, String name) {
    WebSession tech = new WebSession();
    HttpResponse<String> page = tech.signIn("tech", email, PASSWORD);
    assertThat(page.uri().getPath()).isIn("/tech/", "/tech/index.xhtml");
    assertThat(page.body()).contains(name).contains("My orders").contains("Unassigned orders");

    WebSession portal = new WebSession();
    page = portal.signIn("portal", email, PASSWORD);
    assertThat(page.uri().getPath()).isEqualTo("/portal/login.xhtml");
    assertThat(page.body())
        .contains("This sign-in is for customers. Staff sign in to the technician app.");
    assertThat(portal.get("/portal/index.xhtml").uri().getPath()).isEqualTo("/portal/login.xhtml");
  }

  @Test
  void wrongPasswordIsRefusedWithoutSayingWhetherTheAccountExists() {
    WebSession portal = new WebSession();
    String known = portal.signIn("portal", "admin@acme.test", "not-the-password").body();
    String unknown =
        portal.signIn("portal", "nobody-" + System.nanoTime() + "@acme.test", "whatever1").body();
    assertThat(known).contains("The e-mail address or password is not correct.");
    assertThat(unknown).contains("The e-mail address or password is not correct.");
  }

  @Test
  void signOutEndsTheSession() {
    WebSession portal = new WebSession();
    portal.signIn("portal", "customer@acme.test", PASSWORD);
    HttpResponse<String> page = portal.submit("userMenu", java.util.Map.of(), "signOut");
    assertThat(page.uri().getPath()).isEqualTo("/portal/login.xhtml");
    assertThat(page.body()).contains("You have been signed out.");
    assertThat(portal.get("/portal/index.xhtml").uri().getPath()).isEqualTo("/portal/login.xhtml");
  }

  @Test
  void signInRotatesTheSessionId() {
    WebSession portal = new WebSession();
    portal.get("/portal/login.xhtml");
    String before = portal.sessionId();
    portal.submit(
        "login", java.util.Map.of("email", "customer@acme.test", "password", PASSWORD), "signIn");
    assertThat(before).isNotNull();
    assertThat(portal.sessionId()).isNotNull().isNotEqualTo(before);
  }
}
