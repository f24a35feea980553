package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * X4: five failures in fifteen minutes pause an account's sign-in, whether the account exists or
 * not.
 */
class ThrottlingIT {
  private static final String PAUSED = "Too many failed attempts.";

  @Test
  void anAccountIsPausedAfterFiveFailuresEvenForTheRightPassword() {
    String email = TestDatabase.newAcmeCustomer("right-password-1");
    for (int i = 0; i < 5; i++) {
      assertThat(new WebSession().signIn("portal", email, "wrong-" + i).body())
          .contains("The e-mail address or password is not correct.");
    }
    assertThat(new WebSession().signIn("portal", email, "right-password-1").body())
        .contains(PAUSED)
        .doesNotContain("Recent requests");
    assertThat(
            TestDatabase.count(
                "SELECT count(*) FROM login_audit WHERE email = ? AND outcome = 'THROTTLED'",
                email))
        .isEqualTo(1);
  }

  @Test
  void anUnknownAccountGetsTheSameAnswer() {
    String email = "nobody-" + System.nanoTime() + "@acme.test";
    for (int i = 0; i < 5; i++) {
      new WebSession().signIn("portal", email, "wrong-" + i);
    }
    assertThat(new WebSession().signIn("portal", email, "wrong-again").body()).contains(PAUSED);
  }

  @Test
  void everyAttemptIsAuditedWithAddressAndClient() {
    String email = TestDatabase.newAcmeCustomer("right-password-1");
    new WebSession().signIn("portal", email, "wrong-password");
    new WebSession().signIn("portal", email, "right-password-1");
    new WebSession().signIn("tech", email, "right-password-1");
    assertThat(
            TestDatabase.count(
                "SELECT count(*) FROM login_audit WHERE email = ? AND address IN ('127.0.0.1', '0:0:0:0:0:0:0:1')"
                    + " AND user_agent IS NOT NULL AND outcome IN ('FAILED', 'SUCCESS', 'WRONG_APPLICATION')",
                email))
        .isEqualTo(3);
  }
}
