package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A1, A3, A4 over HTTP: invitations, who may open administration, the on-call dispatcher. */
class AdminIT {
  private static final Pattern LINK =
      Pattern.compile("(http://\\S+/portal/reset\\.xhtml\\?token=\\S+)");

  @Test
  void aDispatcherInvitesAPortalUserWhoSetsAPasswordAndSignsIn() {
    WebSession dana = TechOrderIT.tech("dispatch@servicetracker.test");
    dana.get("/tech/admin/desk.xhtml");
    String accountId =
        TestDatabase.strings("SELECT id FROM customer_account WHERE name = 'Acme Corp'").get(0);
    String email = "invited-" + System.nanoTime() + "@acme.test";
    dana.submit(
        "inviteForm",
        Map.of(
            "account_hinput", accountId, "name", "Ivy Invited", "email", email, "role", "CUSTOMER"),
        "send");
    assertThat(dana.last().body()).contains("The invitation has been sent.");

    DevMailbox.Mail mail =
        DevMailbox.await(
            email, "Your Service Tracker account for Acme Corp", Duration.ofSeconds(30));
    Matcher link =
        LINK.matcher(mail.body().replace("=\r\n", "").replace("=\n", "").replace("=3D", "="));
    assertThat(link.find()).as(mail.body()).isTrue();
    WebSession ivy = new WebSession();
    ivy.get(link.group(1));
    ivy.submit(
        "reset", Map.of("password", "ivy-password-1", "confirmation", "ivy-password-1"), "save");
    assertThat(ivy.last().body()).contains("Your password has been changed.");
    assertThat(new WebSession().signIn("portal", email, "ivy-password-1").body())
        .contains("Ivy Invited")
        .contains("Recent requests");

    // The same link does not work twice; the same address cannot be invited twice.
    assertThat(new WebSession().get(link.group(1)).body()).contains("already been used");
    dana.get("/tech/admin/desk.xhtml");
    dana.submit(
        "inviteForm",
        Map.of(
            "account_hinput", accountId, "name", "Ivy Again", "email", email, "role", "CUSTOMER"),
        "send");
    assertThat(dana.last().body()).contains("There is already a user with the address");
  }

  @Test
  void administrationIsForTheDeskAndSettingsForAdministrators() {
    WebSession tom = TechOrderIT.tech("tech@servicetracker.test");
    assertThat(tom.get("/tech/admin/desk.xhtml").statusCode()).isEqualTo(403);
    assertThat(tom.get("/tech/admin/settings.xhtml").statusCode()).isEqualTo(403);
    assertThat(tom.get("/tech/index.xhtml").body()).doesNotContain("navDesk");

    WebSession dana = TechOrderIT.tech("dispatch@servicetracker.test");
    assertThat(dana.get("/tech/admin/desk.xhtml").statusCode()).isEqualTo(200);
    assertThat(dana.get("/tech/admin/settings.xhtml").statusCode()).isEqualTo(403);

    WebSession alex = TechOrderIT.tech("admin@servicetracker.test");
    assertThat(alex.get("/tech/admin/desk.xhtml").statusCode()).isEqualTo(200);
    assertThat(alex.get("/tech/admin/settings.xhtml").body())
        .contains("Offer SMS alerts to customers");

    WebSession carla = new WebSession();
    carla.signIn("portal", "customer@acme.test", SignInIT.PASSWORD);
    assertThat(carla.get("/tech/admin/desk.xhtml").body()).doesNotContain("Service desk");
  }

  @Test
  void anUrgentOrderReachesTheOnCallDispatcherByMailAndInTheApp() {
    String danaId =
        TestDatabase.strings("SELECT id FROM app_user WHERE email = 'dispatch@servicetracker.test'")
            .get(0);
    WebSession dana = TechOrderIT.tech("dispatch@servicetracker.test");
    dana.get("/tech/admin/desk.xhtml");
    dana.submit("onCallForm", Map.of("dispatcher", danaId), "saveOnCall");
    assertThat(dana.last().body()).contains("The on-call dispatcher has been saved.");

    String number = TechOrderIT.newCustomerOrder("SERVICE_CALL");
    WebSession carla = new WebSession();
    carla.signIn("portal", "customer@acme.test", SignInIT.PASSWORD);
    carla.get("/portal/order.xhtml?number=" + number);
    carla.submit("priorityForm", Map.of("priority", "URGENT"), "savePriority");

    DevMailbox.Mail mail =
        DevMailbox.await(
            "dispatch@servicetracker.test",
            "Urgent: " + number,
            m -> m.subject().startsWith("Urgent: " + number + " "),
            Duration.ofSeconds(30));
    assertThat(
            TestDatabase.count(
                "SELECT count(*) FROM inbox_item WHERE user_id = ? AND title LIKE ?",
                Long.parseLong(danaId),
                "Urgent: " + number + "%"))
        .isEqualTo(1);
    assertThat(dana.get("/tech/index.xhtml").body()).contains(number);
  }

  @Test
  void invoiceTermsSetByTheAdministratorApplyToNewInvoices() {
    WebSession alex = TechOrderIT.tech("admin@servicetracker.test");
    alex.get("/tech/admin/settings.xhtml");
    alex.submit(
        "settingsForm",
        Map.of("sms", "true", "onlinePayment", "true", "taxRate", "10", "paymentDays", "14"),
        "save");
    assertThat(alex.last().body()).contains("The settings have been saved.");
    try {
      String number = TechOrderIT.newCustomerOrder("WALK_IN");
      WebSession tom = TechOrderIT.tech("tech@servicetracker.test");
      tom.get("/tech/order.xhtml?number=" + number + "&tab=work");
      tom.submit(
          "partForm",
          Map.of(
              "partNumber", "V-1",
              "partDescription", "Valve",
              "quantity", "1",
              "costCode", "CC-1",
              "unitPrice", "100"),
          "logPart");
      tom.get("/tech/order.xhtml?number=" + number + "&tab=invoices");
      tom.submit("issueForm", Map.of(), "issue");
      assertThat(tom.last().body())
          .contains("€110.00")
          .contains(
              "due "
                  + java.time.LocalDate.now()
                      .plusDays(14)
                      .format(
                          java.time.format.DateTimeFormatter.ofPattern(
                              "d MMM yyyy", java.util.Locale.ENGLISH)));

      alex.get("/tech/admin/settings.xhtml");
      alex.submit("settingsForm", Map.of("sms", "true", "taxRate", "250"), "save");
      assertThat(alex.last().body()).contains("The tax rate is a percentage from 0 to 100");
    } finally {
      alex.get("/tech/admin/settings.xhtml");
      alex.submit(
          "settingsForm",
          Map.of("sms", "true", "onlinePayment", "true", "taxRate", "", "paymentDays", ""),
          "save");
    }
  }

  @Test
  void aDispatcherLinksAnOrderToTheRightAccountButNotAnInvoicedOne() {
    WebSession gina = new WebSession();
    gina.signIn("portal", "customer@globex.test", SignInIT.PASSWORD);
    gina.get("/portal/request-new.xhtml");
    gina.submit(
        "request",
        Map.of(
            "kind",
            "WALK_IN",
            "priority",
            "NORMAL",
            "summary",
            "Filed for Acme " + System.nanoTime()),
        "submit");
    Matcher created = Pattern.compile("id=\"orderTitle\">(SR-\\d+)").matcher(gina.last().body());
    assertThat(created.find()).isTrue();
    String number = created.group(1);
    String acme =
        TestDatabase.strings("SELECT id FROM customer_account WHERE name = 'Acme Corp'").get(0);

    WebSession dana = TechOrderIT.tech("dispatch@servicetracker.test");
    dana.get("/tech/order.xhtml?number=" + number);
    dana.submit("moveForm", Map.of("account_hinput", acme), "move");
    assertThat(dana.last().body())
        .contains("The order now belongs to the chosen customer account.");

    assertThat(gina.get("/portal/order.xhtml?number=" + number).statusCode()).isEqualTo(404);
    WebSession carla = new WebSession();
    carla.signIn("portal", "customer@acme.test", SignInIT.PASSWORD);
    assertThat(carla.get("/portal/order.xhtml?number=" + number + "&tab=timeline").body())
        .contains(number)
        .doesNotContain("Moved between customer accounts"); // the move is an internal entry

    String invoiced =
        TestDatabase.strings("SELECT order_number FROM invoice ORDER BY id LIMIT 1").get(0);
    String globex =
        TestDatabase.strings("SELECT id FROM customer_account WHERE name = 'Globex'").get(0);
    dana.get("/tech/order.xhtml?number=" + invoiced);
    dana.submit("moveForm", Map.of("account_hinput", globex), "move");
    String page = dana.last().body();
    assertThat(page)
        .containsAnyOf("is invoiced; it stays with its account", "belongs to Globex already");

    WebSession tom = TechOrderIT.tech("tech@servicetracker.test");
    assertThat(tom.get("/tech/order.xhtml?number=" + number).body())
        .doesNotContain("id=\"moveForm\"");
  }

  @Test
  void aDispatcherOpensACustomerAccountWithASiteAndAContact() {
    WebSession dana = TechOrderIT.tech("dispatch@servicetracker.test");
    dana.get("/tech/admin/accounts.xhtml");
    String name = "Initech " + System.nanoTime();
    dana.submit("openForm", Map.of("name", name), "open");
    assertThat(dana.last().body())
        .contains("The customer account has been opened.")
        .contains(name + "\n");
    dana.submit(
        "siteForm",
        Map.of(
            "siteName", "Main office",
            "street", "4120 Freidrich Lane",
            "city", "Austin",
            "postalCode", "78744",
            "country", "us"),
        "addSite");
    assertThat(dana.last().body())
        .contains("The site has been added.")
        .contains("Main office, 4120 Freidrich Lane, 78744 Austin, US");
    dana.submit(
        "contactForm",
        Map.of("contactName", "Bill Lumbergh", "contactEmail", "bill@initech.test"),
        "addContact");
    assertThat(dana.last().body())
        .contains("The contact has been added.")
        .contains("Bill Lumbergh");
    dana.get("/tech/admin/accounts.xhtml");
    dana.submit("openForm", Map.of("name", name.toUpperCase()), "open");
    assertThat(dana.last().body()).contains("There is already a customer called");

    assertThat(
            TechOrderIT.tech("tech@servicetracker.test")
                .get("/tech/admin/accounts.xhtml")
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void theDeskCorrectsAndRetiresSitesAndContactsWhichThenTakeNoNewOrders() {
    WebSession dana = TechOrderIT.tech("dispatch@servicetracker.test");
    long account = newAccount(dana, "Globex " + System.nanoTime());
    String site = TestDatabase.strings("SELECT id FROM site WHERE account_id = ?", account).get(0);
    String contact =
        TestDatabase.strings("SELECT id FROM contact WHERE account_id = ?", account).get(0);

    // Correct the site's address and the contact's phone number through their edit forms.
    dana.get("/tech/admin/account.xhtml?account=" + account + "&site=" + site);
    assertThat(dana.last().body()).contains("Edit the site").contains("value=\"Depot\"");
    dana.submit(
        "siteForm",
        Map.of(
            "siteName", "Depot",
            "street", "2 Cypress Creek",
            "city", "Springfield",
            "postalCode", "49007",
            "country", "US"),
        "addSite");
    assertThat(dana.last().body())
        .contains("The site has been saved.")
        .contains("Depot, 2 Cypress Creek, 49007 Springfield, US");
    dana.get("/tech/admin/account.xhtml?account=" + account + "&contact=" + contact);
    dana.submit(
        "contactForm",
        Map.of("contactName", "Hank Scorpio", "contactEmail", "", "contactPhone", "+1 555 0100"),
        "addContact");
    assertThat(dana.last().body()).contains("The contact has been saved.").contains("+1 555 0100");
    dana.get("/tech/admin/account.xhtml?account=" + account + "&site=" + site);
    dana.submit("siteForm", Map.of("siteName", "", "street", "x"), "addSite");
    assertThat(dana.last().body()).contains("Give the site a name.");

    // Retired: no longer offered on the new-order form, refused if sent anyway, reinstated again.
    dana.get("/tech/admin/account.xhtml?account=" + account);
    dana.submit("siteRow:0:siteRowForm", Map.of(), "siteRow:0:siteRowForm:retire");
    assertThat(dana.last().body()).contains("The site has been retired.");
    dana.submit("contactRow:0:contactRowForm", Map.of(), "contactRow:0:contactRowForm:retire");
    assertThat(dana.last().body()).contains("The contact has been retired.");
    assertThat(
            TestDatabase.strings(
                "SELECT count(*) FROM site WHERE id = ? AND retired_at IS NOT NULL",
                Long.parseLong(site)))
        .containsExactly("1");
    assertThat(newOrder(dana, account, site).body()).doesNotContain("has been created");
    assertThat(
            TestDatabase.strings(
                "SELECT count(*) FROM service_order WHERE account_id = ?", account))
        .containsExactly("0");
    dana.get("/tech/admin/account.xhtml?account=" + account);
    dana.submit("siteRow:0:siteRowForm", Map.of(), "siteRow:0:siteRowForm:reinstate");
    assertThat(dana.last().body()).contains("The site has been reinstated.");
    assertThat(newOrder(dana, account, site).body()).contains("has been created");
  }

  /** Sends the new-order form for a service call at the site. */
  private static java.net.http.HttpResponse<String> newOrder(
      WebSession desk, long account, String site) {
    desk.get("/tech/order-new.xhtml?account=" + account);
    return desk.submit(
        "order",
        Map.of(
            "kind", "SERVICE_CALL",
            "account_hinput", String.valueOf(account),
            "site", site,
            "priority", "NORMAL",
            "summary", "Cooling unit rattles"),
        "create");
  }

  @Test
  void retiringACustomerEndsItsUsersSessionsAndTakesItOutOfNewWork() {
    WebSession dana = TechOrderIT.tech("dispatch@servicetracker.test");
    String name = "Soylent " + System.nanoTime();
    long account = newAccount(dana, name);
    String email = "sol-" + System.nanoTime() + "@soylent.test";
    WebSession sol = portalUser(dana, account, email);
    assertThat(sol.get("/portal/index.xhtml").body()).contains("Sol Soylent");

    dana.get("/tech/admin/account.xhtml?account=" + account);
    assertThat(dana.last().body()).contains(email);
    dana.submit("retireForm", Map.of(), "retire");
    assertThat(dana.last().body())
        .contains("The customer has been retired; its portal users have been deactivated.");
    assertThat(sol.get("/portal/index.xhtml").body()).doesNotContain("Sol Soylent");
    dana.get("/tech/order-new.xhtml");
    assertThat(dana.suggestions("order", "account", name)).isEmpty();
    assertThat(
            dana.get(
                    "/tech/admin/accounts.xhtml?q="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .body())
        .contains(name)
        .contains("Retired");

    // Reinstated, the customer takes work again; its users come back one by one.
    dana.get("/tech/admin/account.xhtml?account=" + account);
    dana.submit("retireForm", Map.of(), "reinstate");
    assertThat(dana.last().body()).contains("The customer has been reinstated.");
    dana.get("/tech/order-new.xhtml");
    assertThat(dana.suggestions("order", "account", name)).containsExactly(name);
    dana.get("/tech/admin/account.xhtml?account=" + account);
    dana.submit("user:0:userForm", Map.of(), "user:0:userForm:reactivate");
    assertThat(dana.last().body()).contains("The user has been reactivated.");
    assertThat(new WebSession().signIn("portal", email, "sol-password-1").body())
        .contains("Sol Soylent");
    dana.submit("user:0:userForm", Map.of(), "user:0:userForm:deactivate");
    assertThat(dana.last().body()).contains("The user has been deactivated");
  }

  /**
   * The directory finds customers by part of their name and pages them, current ones first, each
   * group by name, with the retired ones after them.
   */
  @Test
  void theAccountDirectoryFindsCustomersByNameAndPagesThem() {
    String token = "Dir" + System.nanoTime();
    List<String> names =
        IntStream.rangeClosed(1, 52).mapToObj(i -> "%s %02d".formatted(token, i)).toList();
    names.forEach(n -> TestDatabase.update("INSERT INTO customer_account (name) VALUES (?)", n));
    TestDatabase.update(
        "UPDATE customer_account SET retired_at = now() WHERE name = ?", token + " 01");
    WebSession dana = TechOrderIT.tech("dispatch@servicetracker.test");

    String first = dana.get("/tech/admin/accounts.xhtml?q=" + token.toLowerCase()).body();
    assertThat(first).contains("Customers found: 52").contains("1 / 2").contains("id=\"nextPage\"");
    assertThat(listed(first, token)).containsExactlyElementsOf(names.subList(1, 51));
    String second = dana.get("/tech/admin/accounts.xhtml?q=" + token + "&page=1").body();
    assertThat(second).contains("2 / 2").doesNotContain("id=\"nextPage\"");
    assertThat(listed(second, token)).containsExactly(token + " 52", token + " 01");
    assertThat(second.substring(second.indexOf(token + " 01"))).contains("Retired");

    assertThat(dana.get("/tech/admin/accounts.xhtml?q=" + token + "x").body())
        .contains("Customers found: 0")
        .contains("No customer matches.");
    assertThat(listed(dana.get("/tech/admin/accounts.xhtml").body(), ""))
        .hasSizeLessThanOrEqualTo(50);
  }

  /** The names of the accounts a directory page lists that start with {@code prefix}. */
  private static List<String> listed(String page, String prefix) {
    Matcher link = Pattern.compile("account\\.xhtml\\?account=\\d+\">([^<]*)</a>").matcher(page);
    List<String> names = new java.util.ArrayList<>();
    while (link.find()) {
      if (link.group(1).startsWith(prefix)) {
        names.add(link.group(1));
      }
    }
    return names;
  }

  /**
   * The account fields suggest current customers by part of their name, those starting with it
   * first, and refuse an account that is not current, however it was sent.
   */
  @Test
  void accountFieldsSuggestCurrentCustomersByPartOfTheirName() {
    String token = "Pick" + System.nanoTime();
    for (String name : List.of("Zeta " + token + " Labs", token + " Zeta", token + " Old")) {
      TestDatabase.update("INSERT INTO customer_account (name) VALUES (?)", name);
    }
    TestDatabase.update(
        "UPDATE customer_account SET retired_at = now() WHERE name = ?", token + " Old");
    WebSession dana = TechOrderIT.tech("dispatch@servicetracker.test");

    dana.get("/tech/admin/desk.xhtml");
    assertThat(dana.suggestions("inviteForm", "account", token.toUpperCase()))
        .containsExactly(token + " Zeta", "Zeta " + token + " Labs");
    assertThat(dana.suggestions("inviteForm", "account", token + " zeta"))
        .containsExactly(token + " Zeta");
    assertThat(dana.suggestions("inviteForm", "account", token + "%")).isEmpty();
    String retired =
        TestDatabase.strings("SELECT id FROM customer_account WHERE name = ?", token + " Old")
            .get(0);
    dana.submit(
        "inviteForm",
        Map.of("account_hinput", retired, "name", "Olga Old", "email", token + "@old.test"),
        "send");
    assertThat(dana.last().body())
        .contains("Choose a current customer account from the suggestions.")
        .doesNotContain("The invitation has been sent");
    dana.get("/tech/order-new.xhtml");
    assertThat(dana.suggestions("order", "account", token)).hasSize(2);
  }

  /** Opens an account with one site (Depot) and one contact (Hank); returns its id. */
  private static long newAccount(WebSession desk, String name) {
    desk.get("/tech/admin/accounts.xhtml");
    desk.submit("openForm", Map.of("name", name), "open");
    long account =
        Long.parseLong(
            TestDatabase.strings("SELECT id FROM customer_account WHERE name = ?", name).get(0));
    desk.submit(
        "siteForm",
        Map.of(
            "siteName", "Depot",
            "street", "1 Industrial Way",
            "city", "Springfield",
            "postalCode", "49001",
            "country", "US"),
        "addSite");
    desk.submit("contactForm", Map.of("contactName", "Hank", "contactPhone", "555"), "addContact");
    return account;
  }

  /** Invites a portal user (Sol Soylent) to the account and signs them in. */
  private static WebSession portalUser(WebSession desk, long account, String email) {
    desk.get("/tech/admin/desk.xhtml");
    desk.submit(
        "inviteForm",
        Map.of(
            "account_hinput",
            String.valueOf(account),
            "name",
            "Sol Soylent",
            "email",
            email,
            "role",
            "CUSTOMER"),
        "send");
    DevMailbox.Mail mail = DevMailbox.awaitNth(email, 1, Duration.ofSeconds(30));
    Matcher link =
        LINK.matcher(mail.body().replace("=\r\n", "").replace("=\n", "").replace("=3D", "="));
    assertThat(link.find()).as(mail.body()).isTrue();
    WebSession user = new WebSession();
    user.get(link.group(1));
    user.submit(
        "reset", Map.of("password", "sol-password-1", "confirmation", "sol-password-1"), "save");
    WebSession signedIn = new WebSession();
    signedIn.signIn("portal", email, "sol-password-1");
    return signedIn;
  }
}
