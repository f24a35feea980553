package org.servicetracker.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicetracker.account.Contact;
import org.servicetracker.account.CustomerAccount;
import org.servicetracker.account.Site;
import org.servicetracker.asset.Asset;
import org.servicetracker.identity.AppUser;
import org.servicetracker.identity.PasswordHasher;
import org.servicetracker.integration.ApiClientService;
import org.servicetracker.invoice.InvoiceService;
import org.servicetracker.invoice.InvoiceSummary;
import org.servicetracker.order.NewOrder;
import org.servicetracker.order.OrderKind;
import org.servicetracker.order.OrderService;
import org.servicetracker.order.OrderStatus;
import org.servicetracker.order.Priority;
import org.servicetracker.order.StatusChange;
import org.servicetracker.order.Visibility;
import org.servicetracker.quote.Decision;
import org.servicetracker.quote.NewProposal;
import org.servicetracker.quote.ProposalKind;
import org.servicetracker.quote.ProposalService;
import org.servicetracker.quote.ProposalView;
import org.servicetracker.schedule.VisitParts;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.Role;
import org.servicetracker.stock.StockService;
import org.servicetracker.worklog.NewLabour;
import org.servicetracker.worklog.NewPart;
import org.servicetracker.worklog.WorkLogService;

/**
 * Loads two customer accounts (Acme Corp and Globex) with sites, assets and about sixty orders in
 * every status, the demo sign-ins and the demo API keys, once, in demo mode. Orders are made
 * through {@link OrderService} so that their timelines are the ones real work would write; their
 * dates are then spread over the last three months.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  static final String PASSWORD = "demo1234";
  private static final int ORDERS = 60;

  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  @Inject OrderService orders;
  @Inject ApiClientService apiClients;
  @Inject WorkLogService workLogs;
  @Inject InvoiceService invoices;
  @Inject ProposalService proposals;
  @Inject StockService stock;
  @Inject VisitParts visitParts;

  @Inject
  @ConfigProperty(name = "st.demo.enabled", defaultValue = "false")
  boolean enabled;

  private final PasswordHasher hasher = new PasswordHasher();
  private final Random random = new Random(42);

  @PostConstruct
  void load() {
    if (!enabled || alreadyLoaded()) {
      return;
    }
    Instant started = Instant.now();
    Tenant acme =
        tenant(
            "Acme Corp",
            "acme.test",
            new String[][] {
              {"Head Office", "1 Industrial Way", "Springfield", "12345"},
              {"North Warehouse", "77 Depot Road", "Shelbyville", "12399"},
              {"Lab", "5 Science Park", "Springfield", "12346"}
            });
    Tenant globex =
        tenant(
            "Globex",
            "globex.test",
            new String[][] {
              {"Cypress Creek Campus", "100 Globex Plaza", "Cypress Creek", "55501"},
              {"Data Centre", "9 Server Lane", "Cypress Creek", "55502"}
            });
    Actor acmeCustomer = customer(acme, "customer@acme.test", "Carla Customer", Role.CUSTOMER);
    customer(acme, "admin@acme.test", "Adam Acme-Admin", Role.CUSTOMER_ADMIN);
    Actor globexCustomer = customer(globex, "customer@globex.test", "Gina Globex", Role.CUSTOMER);
    AppUser tech = staff("tech@servicetracker.test", "Tom Technician", Role.TECHNICIAN);
    AppUser tech2 = staff("tech2@servicetracker.test", "Tina Technician", Role.TECHNICIAN);
    AppUser dispatcher = staff("dispatch@servicetracker.test", "Dana Dispatcher", Role.DISPATCHER);
    staff("admin@servicetracker.test", "Alex Administrator", Role.ADMIN);
    // The demo organisation offers SMS alerts and online payment; the dev services run both
    // providers.
    em.createQuery(
            "UPDATE OrganisationSettings s SET s.smsEnabled = TRUE, s.onlinePaymentEnabled = TRUE")
        .executeUpdate();
    apiClients.register("Acme ERP (demo)", "demo-acme-key", acme.account, false, true);
    apiClients.register("Acme reporting (demo)", "demo-acme-read-key", acme.account, true, true);
    apiClients.register("Service organisation BI (demo)", "demo-org-key", null, false, true);
    em.flush();

    OrderStatus[] statuses = OrderStatus.values();
    for (int i = 0; i < ORDERS; i++) {
      Tenant tenant = i % 5 < 3 ? acme : globex;
      Actor customer = tenant == acme ? acmeCustomer : globexCustomer;
      OrderStatus target = statuses[i % statuses.length];
      AppUser technician = i % 2 == 0 ? tech : tech2;
      String number = openOrder(i, tenant, customer, dispatcher.toActor(), target);
      progress(number, target, technician, dispatcher.toActor(), customer, i);
      backdate(number, 90 - i * 3 / 2);
    }
    stockParts(dispatcher.toActor());
    // The demo history happened "in the past": nobody is to be mailed about it now.
    em.flush();
    em.createQuery("DELETE FROM OutboxMessage m WHERE m.createdAt >= :started")
        .setParameter("started", started)
        .executeUpdate();
    em.createQuery("DELETE FROM InboxItem i WHERE i.createdAt >= :started")
        .setParameter("started", started)
        .executeUpdate();
    LOG.info(
        "Demo data loaded: Acme Corp and Globex with " + ORDERS + " orders; password " + PASSWORD);
  }

  private boolean alreadyLoaded() {
    return !em.createQuery("SELECT a FROM CustomerAccount a WHERE a.name = 'Acme Corp'")
        .getResultList()
        .isEmpty();
  }

  private String openOrder(
      int i, Tenant tenant, Actor customer, Actor dispatcher, OrderStatus target) {
    Asset asset = tenant.assets.get(i % tenant.assets.size());
    boolean walkIn = target == OrderStatus.READY_FOR_RETURN || i % 3 == 0;
    String[] problem = PROBLEMS[i % PROBLEMS.length];
    NewOrder request =
        new NewOrder(
            tenant.account.getId(),
            asset.getSite() == null ? null : asset.getSite().getId(),
            tenant.contact.getId(),
            asset.getId(),
            walkIn ? OrderKind.WALK_IN : OrderKind.SERVICE_CALL,
            Priority.values()[random.nextInt(Priority.values().length)],
            problem[0],
            problem[1],
            target != OrderStatus.DRAFT);
    // Customers submit most requests themselves; the service desk enters the others.
    return orders.create(i % 4 == 0 ? dispatcher : customer, request);
  }

  private void progress(
      String number,
      OrderStatus target,
      AppUser technician,
      Actor dispatcher,
      Actor customer,
      int i) {
    if (target == OrderStatus.DRAFT || target == OrderStatus.NEW && i % 2 == 0) {
      return;
    }
    Actor tech = technician.toActor();
    orders.assign(dispatcher, number, Set.of(technician.getId()), null);
    switch (target) {
      case NEW ->
          orders.addNote(
              tech,
              number,
              "Thanks, we have your request and will be in touch shortly.",
              Visibility.PUBLIC);
      case SCHEDULED -> {
        orders.changeStatus(
            dispatcher,
            number,
            StatusChange.to(OrderStatus.SCHEDULED, "Visit booked for next week."),
            null);
        Instant start =
            LocalDate.now()
                .plusDays(1 + i % 12)
                .atTime(9 + i % 6, 0)
                .atZone(ZoneId.systemDefault())
                .toInstant();
        orders.scheduleVisit(dispatcher, number, start, start.plus(2, ChronoUnit.HOURS), null);
        // Every visit takes a control board; there is one in stock, so later visits are short.
        String[] part = PARTS[i % PARTS.length];
        visitParts.add(dispatcher, number, part[1], part[0], BigDecimal.ONE);
        if (!part[1].equals("CB-7731")) {
          visitParts.add(dispatcher, number, "CB-7731", "Control board", BigDecimal.ONE);
        }
      }
      case CANCELLED ->
          orders.changeStatus(
              dispatcher,
              number,
              StatusChange.cancel("Customer resolved the issue themselves."),
              null);
      default -> {
        orders.changeStatus(
            tech, number, StatusChange.to(OrderStatus.IN_PROGRESS, "Diagnosis started."), null);
        orders.addNote(
            tech, number, "Checked the unit; fault reproduced on the bench.", Visibility.INTERNAL);
        orders.addNote(
            customer, number, "The error shows up mostly in the mornings.", Visibility.PUBLIC);
        logWork(number, tech, i);
        propose(number, target, tech, customer);
        finish(number, target, tech, i);
        bill(number, target, dispatcher, i);
      }
    }
  }

  private void finish(String number, OrderStatus target, Actor tech, int i) {
    switch (target) {
      case AWAITING_PARTS ->
          orders.changeStatus(
              tech,
              number,
              StatusChange.awaitingParts(
                  "Replacement board ordered.",
                  "Northwind Parts",
                  LocalDate.now().plusDays(5 + i % 7)),
              null);
      case WITH_MANUFACTURER ->
          orders.changeStatus(
              tech,
              number,
              StatusChange.withManufacturer("Sent for warranty repair.", "RMA-" + (4410 + i)),
              null);
      case READY_FOR_RETURN ->
          orders.changeStatus(
              tech,
              number,
              StatusChange.to(
                  OrderStatus.READY_FOR_RETURN, "Repaired and tested; ready for pick-up."),
              null);
      case COMPLETED ->
          orders.changeStatus(
              tech,
              number,
              StatusChange.to(OrderStatus.COMPLETED, "Replaced the worn part; all tests pass."),
              null);
      default -> {}
    }
  }

  /** The stock of the parts the demo's technicians install, as counted today. */
  private void stockParts(Actor dispatcher) {
    String[] onHand = {"12", "1", "6", "40", "4"};
    for (int i = 0; i < PARTS.length; i++) {
      stock.add(dispatcher, PARTS[i][1], PARTS[i][0], new BigDecimal(onHand[i]));
    }
  }

  private void logWork(String number, Actor tech, int i) {
    Instant start =
        LocalDate.now()
            .minusDays(10 + i % 20)
            .atTime(8 + i % 3, 0)
            .atZone(ZoneId.systemDefault())
            .toInstant();
    workLogs.logLabour(
        tech,
        number,
        new NewLabour(
            start,
            start.plus(90 + 30L * (i % 4), ChronoUnit.MINUTES),
            new BigDecimal(i % 4 == 0 ? "1.50" : "2.00"),
            new BigDecimal("85.00"),
            "Diagnosis and repair"));
    workLogs.logPart(
        tech,
        number,
        new NewPart(
            PARTS[i % PARTS.length][0],
            PARTS[i % PARTS.length][1],
            "CC-" + (400 + i % 5),
            new BigDecimal(1 + i % 3),
            new BigDecimal(PARTS[i % PARTS.length][2]),
            start.plus(1, ChronoUnit.HOURS)));
  }

  /** Work in progress brings recommendations (waiting for the customer) and quotes (answered). */
  private void propose(String number, OrderStatus target, Actor tech, Actor customer) {
    if (target == OrderStatus.IN_PROGRESS) {
      proposals.post(
          tech,
          number,
          new NewProposal(
              ProposalKind.RECOMMENDATION,
              "Replace worn parts while the unit is open",
              "Both parts show wear; replacing them now saves a second visit.",
              null,
              List.of(
                  new NewProposal.Line(
                      "Drive belt DB-220", BigDecimal.ONE, new BigDecimal("18.40")),
                  new NewProposal.Line(
                      "Cooling fan CF-92 with fitting (0.5 h)",
                      BigDecimal.ONE,
                      new BigDecimal("74.50")))));
    } else if (target == OrderStatus.AWAITING_PARTS) {
      ProposalView quote =
          proposals.post(
              tech,
              number,
              new NewProposal(
                  ProposalKind.QUOTE,
                  "Replacement control board",
                  "The control board is beyond repair.",
                  LocalDate.now().plusDays(30),
                  List.of(
                      new NewProposal.Line(
                          "Control board CB-7731", BigDecimal.ONE, new BigDecimal("249.00")),
                      new NewProposal.Line(
                          "Fitting and test (1.5 h)",
                          new BigDecimal("1.5"),
                          new BigDecimal("85.00")))));
      proposals.respond(
          customer,
          quote.id(),
          Map.of(
              quote.lines().get(0).id(),
              Decision.APPROVED,
              quote.lines().get(1).id(),
              Decision.APPROVED),
          "PO-" + number.substring(3),
          null,
          null);
    }
  }

  /** Finished work is invoiced: some paid, one voided, some overdue, the rest outstanding. */
  private void bill(String number, OrderStatus target, Actor dispatcher, int i) {
    if (target != OrderStatus.COMPLETED && target != OrderStatus.READY_FOR_RETURN) {
      return;
    }
    LocalDate issued = LocalDate.now().minusDays(i % 3 == 0 ? 45 : 5 + i % 10);
    InvoiceSummary invoice = invoices.issue(dispatcher, number, issued);
    if (target == OrderStatus.COMPLETED && i % 2 == 0) {
      invoices.markPaid(
          dispatcher,
          invoice.id(),
          Collections.min(List.of(issued.plusDays(12), LocalDate.now())),
          null);
    } else if (i == 15) { // a READY_FOR_RETURN order of Acme: the demo shows a voided invoice too
      invoices.voidInvoice(dispatcher, invoice.id(), "Covered by the service contract", null);
    }
  }

  /**
   * Spreads the order's history over time: created {@code daysAgo} days ago, an entry every seven
   * hours.
   */
  private void backdate(String number, int daysAgo) {
    Instant created = Instant.now().minus(daysAgo, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    em.flush();
    em.createNativeQuery(
            "WITH t AS (SELECT e.id, row_number() OVER (ORDER BY e.id) - 1 AS n FROM timeline_entry e"
                + " JOIN service_order o ON o.id = e.order_id WHERE o.order_number = ?1)"
                + " UPDATE timeline_entry e SET occurred_at = CAST(?2 AS timestamptz) + t.n * interval '7 hours'"
                + " FROM t WHERE e.id = t.id")
        .setParameter(1, number)
        .setParameter(2, created.toString())
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE proposal p SET created_at = (SELECT max(e.occurred_at) FROM timeline_entry e"
                + " WHERE e.order_id = p.order_id AND e.kind = 'PROPOSAL_POSTED')"
                + " WHERE p.order_number = ?1")
        .setParameter(1, number)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE service_order o SET created_at = CAST(?2 AS timestamptz),"
                + " updated_at = (SELECT max(occurred_at) FROM timeline_entry WHERE order_id = o.id)"
                + " WHERE o.order_number = ?1")
        .setParameter(1, number)
        .setParameter(2, created.toString())
        .executeUpdate();
  }

  private Tenant tenant(String name, String domain, String[][] sites) {
    CustomerAccount account = new CustomerAccount(name);
    em.persist(account);
    em.flush();
    List<Asset> assets = new ArrayList<>();
    for (int s = 0; s < sites.length; s++) {
      Site site = new Site(account, sites[s][0], sites[s][1], sites[s][2], sites[s][3], "US");
      em.persist(site);
      for (int a = s; a < EQUIPMENT.length; a += sites.length) {
        String[] e = EQUIPMENT[a];
        String code = domain.substring(0, 2).toUpperCase();
        Asset asset =
            new Asset(
                account,
                site,
                e[0],
                e[1],
                e[2],
                e[3] + "-" + code + (1000 + a),
                code + "-TAG-" + (100 + a));
        em.persist(asset);
        assets.add(asset);
      }
    }
    Contact contact =
        new Contact(account, "Facilities desk", "facilities@" + domain, "+1 555 0100");
    em.persist(contact);
    em.flush();
    return new Tenant(account, contact, assets);
  }

  private Actor customer(Tenant tenant, String email, String name, Role role) {
    AppUser user =
        AppUser.customer(tenant.account, email, name, hasher.hash(PASSWORD), Set.of(role));
    user.markDemo();
    em.persist(user);
    em.flush();
    return user.toActor();
  }

  private AppUser staff(String email, String name, Role role) {
    AppUser user = AppUser.staff(email, name, hasher.hash(PASSWORD), Set.of(role));
    user.markDemo();
    em.persist(user);
    em.flush();
    return user;
  }

  /** Name, part number and unit price of parts the demo technicians install. */
  private static final String[][] PARTS = {
    {"Drive belt", "DB-220", "18.40"},
    {"Control board", "CB-7731", "249.00"},
    {"Pressure sensor", "PS-104", "64.90"},
    {"Fuse set", "FS-10A", "6.75"},
    {"Cooling fan", "CF-92", "32.00"}
  };

  private record Tenant(CustomerAccount account, Contact contact, List<Asset> assets) {}

  private static final String[][] EQUIPMENT = {
    {"Espresso machine", "Rancilio", "Classe 9", "RC9"},
    {"Label printer", "Zebra", "ZT411", "ZT4"},
    {"Forklift charger", "Hoppecke", "Trak Charger", "HTC"},
    {"Laser cutter", "Trotec", "Speedy 400", "TS4"},
    {"Air handling unit", "Daikin", "D-AHU", "DAH"},
    {"Oscilloscope", "Keysight", "DSOX1204G", "KDS"},
    {"Conference display", "Samsung", "QM85", "SQM"},
    {"UPS", "APC", "Smart-UPS 3000", "APC"},
  };

  private static final String[][] PROBLEMS = {
    {
      "Unit shows error E-42 at start-up.",
      "The display shows E-42 about a minute after power on, then the unit stops."
    },
    {"Loud rattling noise during operation.", "Started last Tuesday, gets worse under load."},
    {"Does not power on.", "No lights at all. Tried another socket."},
    {"Annual maintenance and calibration due.", "Please book the yearly service visit."},
    {"Output quality has dropped.", "Prints are faded on the left side; new ribbon did not help."},
    {"Leaking water from the base.", "Small puddle under the unit every morning."},
    {"Intermittent network disconnects.", "Drops off the network several times a day."},
  };
}
