package org.servicetracker.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.servicetracker.identity.ProfileService;
import org.servicetracker.identity.UserRepository;
import org.servicetracker.invoice.InvoiceDetails;
import org.servicetracker.invoice.InvoiceQuery;
import org.servicetracker.invoice.InvoiceService;
import org.servicetracker.invoice.InvoiceStatus;
import org.servicetracker.invoice.InvoiceSummary;
import org.servicetracker.invoice.LineKind;
import org.servicetracker.order.NewOrder;
import org.servicetracker.order.OrderKind;
import org.servicetracker.order.OrderService;
import org.servicetracker.order.Priority;
import org.servicetracker.order.TimelineKind;
import org.servicetracker.shared.AccessDeniedException;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.shared.PageRequest;
import org.servicetracker.shared.ValidationException;
import org.servicetracker.worklog.NewLabour;
import org.servicetracker.worklog.NewPart;
import org.servicetracker.worklog.WorkLog;
import org.servicetracker.worklog.WorkLogService;

/** Work logs and invoices in Liberty against PostgreSQL: totals, tax, rules, tenancy, mail. */
@ExtendWith(ArquillianExtension.class)
class InvoiceServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withDomain("invoice-service-it", InvoiceServiceIT.class);
  }

  @Inject OrderService orders;
  @Inject WorkLogService workLogs;
  @Inject InvoiceService invoices;
  @Inject UserRepository users;
  @Inject ProfileService profiles;

  @Test
  void anInvoiceChargesTheUninvoicedWorkWithTaxAndIsMailedAtOnceEvenToDigestReaders()
      throws Exception {
    Actor adam = user("admin@acme.test");
    profiles.chooseDailyDigest(adam, true);
    try {
      String number = orderWithWork();
      WorkLog work = workLogs.workOf(user("customer@acme.test"), number);
      assertThat(work.labourTotal()).isEqualByComparingTo("212.50"); // 2.5 h at 85.00
      assertThat(work.partsTotal()).isEqualByComparingTo("129.80"); // 2 at 64.90
      assertThat(work.total()).isEqualByComparingTo("342.30");

      Actor dana = user("dispatch@servicetracker.test");
      InvoiceSummary issued = invoices.issue(dana, number, LocalDate.now());
      assertThat(issued.number()).matches("INV-\\d{6,}");
      assertThat(issued.total()).isEqualByComparingTo("410.76"); // 342.30 + 20 % tax 68.46
      assertThat(issued.status()).isEqualTo(InvoiceStatus.OUTSTANDING);
      assertThat(issued.dueOn()).isEqualTo(LocalDate.now().plusDays(30));

      InvoiceDetails details = invoices.details(user("customer@acme.test"), issued.id());
      assertThat(details.lines())
          .extracting(InvoiceDetails.Line::kind)
          .containsExactly(LineKind.LABOUR, LineKind.PART);
      assertThat(details.tax()).isEqualByComparingTo("68.46");
      assertThat(workLogs.workOf(dana, number).labour()).allMatch(l -> l.invoiced());
      assertThatThrownBy(() -> invoices.issue(dana, number, LocalDate.now()))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("no uninvoiced labour or part");
      assertThat(orders.details(adam, number).timeline())
          .anyMatch(
              t -> t.kind() == TimelineKind.INVOICE_ISSUED && t.body().contains(issued.number()));

      // Invoices always come at once, also to a user who chose the daily digest.
      assertThat(TestMail.await("admin@acme.test", "Invoice " + issued.number() + " for " + number))
          .contains("410.76"); // the viewer shows the body quoted-printable: € is =E2=82=AC
    } finally {
      profiles.chooseDailyDigest(adam, false);
    }
  }

  @Test
  void customersSeeOnlyTheirAccountsInvoicesAndOnlyStaffLogWorkOrChangeInvoices() {
    String number = orderWithWork();
    Actor dana = user("dispatch@servicetracker.test");
    InvoiceSummary invoice = invoices.issue(dana, number, LocalDate.now());
    Actor gina = user("customer@globex.test");
    assertThatThrownBy(() -> invoices.details(gina, invoice.id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(invoices.list(gina, InvoiceQuery.ALL, new PageRequest(0, 200)).items())
        .noneMatch(i -> i.id() == invoice.id());
    Actor carla = user("customer@acme.test");
    assertThatThrownBy(() -> invoices.markPaid(carla, invoice.id(), LocalDate.now(), null))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                workLogs.logPart(
                    carla,
                    number,
                    new NewPart("Free part", null, "CC-1", BigDecimal.ONE, BigDecimal.ZERO, null)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void financeNotesStayInsideTheCustomersOrganisation() {
    String number = orderWithWork();
    InvoiceSummary invoice =
        invoices.issue(user("dispatch@servicetracker.test"), number, LocalDate.now());
    Actor carla = user("customer@acme.test");
    invoices.addNote(carla, invoice.id(), "Sent to accounts payable");
    assertThat(invoices.details(user("admin@acme.test"), invoice.id()).notes())
        .extracting(n -> n.body())
        .containsExactly("Sent to accounts payable");
    Actor dana = user("dispatch@servicetracker.test");
    assertThat(invoices.details(dana, invoice.id()).notes()).isEmpty();
    assertThatThrownBy(() -> invoices.addNote(dana, invoice.id(), "staff note"))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void paidAndVoidedAreFinalAndOverdueIsAnOutstandingInvoicePastItsDueDate() throws Exception {
    Actor dana = user("dispatch@servicetracker.test");
    InvoiceSummary old = invoices.issue(dana, orderWithWork(), LocalDate.now().minusDays(40));
    assertThat(invoices.details(dana, old.id()).summary().shownStatus()).isEqualTo("OVERDUE");
    Actor carla = user("customer@acme.test");
    assertThat(
            invoices
                .list(
                    carla,
                    new InvoiceQuery("OVERDUE", null, null, old.number()),
                    new PageRequest(0, 10))
                .items())
        .extracting(InvoiceSummary::id)
        .containsExactly(old.id());

    invoices.markPaid(dana, old.id(), LocalDate.now(), null);
    assertThat(invoices.details(carla, old.id()).summary().shownStatus()).isEqualTo("PAID");
    assertThatThrownBy(() -> invoices.voidInvoice(dana, old.id(), "mistake", null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("paid already");

    InvoiceSummary wrong = invoices.issue(dana, orderWithWork(), LocalDate.now());
    assertThatThrownBy(() -> invoices.voidInvoice(dana, wrong.id(), " ", null))
        .isInstanceOf(ValidationException.class);
    invoices.voidInvoice(dana, wrong.id(), "Covered by the contract", null);
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    invoices.writePdf(carla, wrong.id(), pdf);
    assertThat(pdf.toString(java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
  }

  @Test
  void anInvoiceIsFoundByItsNumberOrItsOrdersTheirBeginningsOrDigitsInThem() {
    Actor dana = user("dispatch@servicetracker.test");
    String order = orderWithWork();
    InvoiceSummary invoice = invoices.issue(dana, order, LocalDate.now());
    String digits = invoice.number().substring("INV-".length());
    Actor carla = user("customer@acme.test");
    for (String text :
        List.of(
            invoice.number(),
            invoice.number().toLowerCase(),
            invoice.number().substring(0, invoice.number().length() - 1),
            "-" + digits,
            digits.substring(1),
            order,
            order.substring(0, order.length() - 1))) {
      assertThat(found(carla, text)).as(text).contains(invoice.id());
    }
    assertThat(found(carla, "chiller")).isEmpty();
    assertThat(found(user("customer@globex.test"), invoice.number())).isEmpty();
  }

  private List<Long> found(Actor actor, String text) {
    return invoices
        .list(actor, new InvoiceQuery(null, null, null, text), new PageRequest(0, 200))
        .items()
        .stream()
        .map(InvoiceSummary::id)
        .toList();
  }

  @Test
  void workLogEntriesAreChecked() {
    Actor tom = user("tech@servicetracker.test");
    String number = orders.create(tom, order());
    Instant start = Instant.now().minus(2, ChronoUnit.HOURS);
    assertThatThrownBy(
            () ->
                workLogs.logLabour(
                    tom,
                    number,
                    new NewLabour(
                        start, start.minusSeconds(60), BigDecimal.ONE, BigDecimal.TEN, "x")))
        .hasMessageContaining("end after it starts");
    assertThatThrownBy(
            () ->
                workLogs.logPart(
                    tom,
                    number,
                    new NewPart("Belt", null, "CC-1", BigDecimal.ONE, new BigDecimal("-1"), null)))
        .hasMessageContaining("cannot be negative");
    assertThatThrownBy(
            () ->
                workLogs.logPart(
                    tom,
                    number,
                    new NewPart("Belt", null, "CC-1", BigDecimal.ZERO, BigDecimal.ONE, null)))
        .hasMessageContaining("more than zero");
  }

  private String orderWithWork() {
    Actor tom = user("tech@servicetracker.test");
    String number = orders.create(user("dispatch@servicetracker.test"), order());
    Instant start = Instant.now().minus(3, ChronoUnit.HOURS);
    workLogs.logLabour(
        tom,
        number,
        new NewLabour(
            start,
            start.plus(150, ChronoUnit.MINUTES),
            new BigDecimal("2.5"),
            new BigDecimal("85"),
            "Repair"));
    workLogs.logPart(
        tom,
        number,
        new NewPart(
            "Pressure sensor",
            "PS-104",
            "CC-400",
            new BigDecimal("2"),
            new BigDecimal("64.90"),
            null));
    return number;
  }

  private NewOrder order() {
    return new NewOrder(
        user("customer@acme.test").accountId(),
        null,
        null,
        null,
        OrderKind.WALK_IN,
        Priority.NORMAL,
        "Invoice test order",
        null,
        true);
  }

  private Actor user(String email) {
    return users.findByEmail(email).orElseThrow().toActor();
  }
}
