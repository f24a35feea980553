package org.servicetracker.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.servicetracker.identity.AppUser;
import org.servicetracker.identity.UserRepository;
import org.servicetracker.order.NewOrder;
import org.servicetracker.order.OrderDetails;
import org.servicetracker.order.OrderFilter;
import org.servicetracker.order.OrderKind;
import org.servicetracker.order.OrderQuery;
import org.servicetracker.order.OrderService;
import org.servicetracker.order.OrderStatus;
import org.servicetracker.order.OrderSummary;
import org.servicetracker.order.Priority;
import org.servicetracker.order.StatusChange;
import org.servicetracker.order.TimelineKind;
import org.servicetracker.order.Visibility;
import org.servicetracker.shared.AccessDeniedException;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.ConflictException;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.shared.Page;
import org.servicetracker.shared.PageRequest;
import org.servicetracker.shared.StreamAbandonedException;
import org.servicetracker.shared.ValidationException;

/**
 * The order service in Liberty against PostgreSQL: creation, transitions, tenancy, optimistic
 * locking, numbering.
 */
@ExtendWith(ArquillianExtension.class)
class OrderServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withDomain("order-service-it", OrderServiceIT.class, PartWay.class);
  }

  @Inject OrderService orders;

  @Inject UserRepository users;

  @Inject PartWay partWay;

  @Test
  void aCustomerCreatesAnOrderOfTheirOwnAccount() {
    Actor carla = user("customer@acme.test");
    String number = orders.create(carla, request(null, true));
    assertThat(number).matches("SR-\\d{6,}");
    OrderDetails order = orders.details(carla, number);
    assertThat(order.accountName()).isEqualTo("Acme Corp");
    assertThat(order.status()).isEqualTo(OrderStatus.NEW);
    assertThat(order.timeline()).extracting(t -> t.kind()).containsExactly(TimelineKind.CREATED);
    assertThat(order.timeline().get(0).authorName()).isEqualTo("Carla Customer");
  }

  @Test
  void staffMoveAnOrderAlongTheLifecycleAndEveryStepIsOnTheTimeline() {
    Actor dana = user("dispatch@servicetracker.test");
    String number = orders.create(dana, request(acmeId(), true));
    orders.changeStatus(dana, number, StatusChange.to(OrderStatus.IN_PROGRESS, "Started"), null);
    OrderDetails waiting =
        orders.changeStatus(
            dana,
            number,
            StatusChange.awaitingParts("Board ordered", "Northwind", LocalDate.now().plusDays(3)),
            null);
    assertThat(waiting.partsSupplier()).isEqualTo("Northwind");
    assertThat(waiting.timeline())
        .filteredOn(t -> t.kind() == TimelineKind.STATUS_CHANGE)
        .extracting(t -> t.toValue())
        .containsExactly("IN_PROGRESS", "AWAITING_PARTS");

    assertThatThrownBy(
            () ->
                orders.changeStatus(
                    dana, number, StatusChange.to(OrderStatus.COMPLETED, null), null))
        .isInstanceOf(ValidationException.class)
        .hasMessage("An order cannot move from Awaiting Parts to Completed.");
    assertThat(orders.details(dana, number).status()).isEqualTo(OrderStatus.AWAITING_PARTS);
  }

  @Test
  void completedOrdersKeepTheirPriority() {
    Actor dana = user("dispatch@servicetracker.test");
    String number = orders.create(dana, request(acmeId(), true));
    orders.changeStatus(dana, number, StatusChange.to(OrderStatus.IN_PROGRESS, null), null);
    orders.changeStatus(dana, number, StatusChange.to(OrderStatus.COMPLETED, "Done"), null);
    assertThatThrownBy(() -> orders.changePriority(dana, number, Priority.URGENT, null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("priority can no longer change");
  }

  /** A dashboard's card shows "100+" past a hundred; a list one pages through counts further. */
  @Test
  void aDashboardCardCountsToAHundred() {
    Actor dana = user("dispatch@servicetracker.test");
    for (int i = 0; i <= 100; i++) {
      orders.create(dana, request(acmeId(), true));
    }
    Page<OrderSummary> card = orders.glance(dana, OrderFilter.unassignedOpen(), 20);
    assertThat(card.items()).hasSize(20);
    assertThat(card.totalText()).isEqualTo("100+");
    Page<OrderSummary> list =
        orders.list(dana, OrderFilter.unassignedOpen(), new PageRequest(0, 20), true);
    assertThat(list.items()).isEqualTo(card.items());
    assertThat(list.total()).isGreaterThan(100);
  }

  /**
   * A technician's card of their orders shows the open ones, whichever way an order closed or was
   * assigned (the database keeps each assignment's open state: migration V27).
   */
  @Test
  void aTechniciansCardShowsTheirOpenOrdersOnly() {
    Actor dana = user("dispatch@servicetracker.test");
    long tom = users.findByEmail("tech@servicetracker.test").orElseThrow().getId();
    String working = orders.create(dana, request(acmeId(), true));
    String done = orders.create(dana, request(acmeId(), true));
    String cancelled = orders.create(dana, request(acmeId(), true));
    String doneBeforeAssigned = orders.create(dana, request(acmeId(), true));
    for (String number : List.of(working, done, cancelled)) {
      orders.assign(dana, number, Set.of(tom), null);
    }
    for (String number : List.of(done, doneBeforeAssigned)) {
      orders.changeStatus(dana, number, StatusChange.to(OrderStatus.IN_PROGRESS, null), null);
      orders.changeStatus(dana, number, StatusChange.to(OrderStatus.COMPLETED, "Done"), null);
    }
    orders.changeStatus(dana, cancelled, StatusChange.cancel("Not needed"), null);
    orders.assign(dana, doneBeforeAssigned, Set.of(tom), null);

    Page<OrderSummary> card = orders.glance(dana, OrderFilter.assignedTo(tom), 100);
    assertThat(card.items())
        .extracting(OrderSummary::number)
        .contains(working)
        .doesNotContain(done, cancelled, doneBeforeAssigned);
    assertThat(card.items()).noneMatch(o -> o.status().isTerminal());
  }

  /** An order names its assignees in name order, as soon as they change. */
  @Test
  void anOrderNamesItsAssigneesInNameOrder() {
    Actor dana = user("dispatch@servicetracker.test");
    AppUser tom = users.findByEmail("tech@servicetracker.test").orElseThrow();
    AppUser admin = users.findByEmail("admin@servicetracker.test").orElseThrow();
    String number = orders.create(dana, request(acmeId(), true));
    assertThat(orders.details(dana, number).assignees()).isEmpty();

    OrderDetails assigned = orders.assign(dana, number, Set.of(tom.getId(), admin.getId()), null);

    List<String> byName = Stream.of(tom, admin).map(AppUser::getDisplayName).sorted().toList();
    assertThat(assigned.assignees()).containsExactlyElementsOf(byName);
    assertThat(orders.details(dana, number).assignees()).containsExactlyElementsOf(byName);
    assertThat(orders.assign(dana, number, Set.of(tom.getId()), null).assignees())
        .containsExactly(tom.getDisplayName());
    assertThat(orders.details(user("customer@acme.test"), number).assignees())
        .containsExactly(tom.getDisplayName());
  }

  /** A service failing after it wrote leaves nothing of what it wrote (RollbackOnDomainFailure). */
  @Test
  void aServiceThatFailsAfterWritingKeepsNothing() {
    Actor dana = user("dispatch@servicetracker.test");
    String number = orders.create(dana, request(acmeId(), true));
    assertThatThrownBy(() -> partWay.noteThenRefuse(dana, number))
        .isInstanceOf(ValidationException.class);
    assertThat(orders.details(dana, number).timeline())
        .noneMatch(t -> PartWay.NOTE.equals(t.body()));
  }

  @Test
  void anOrderIsFoundByItsNumberItsBeginningOrDigitsInIt() {
    Actor carla = user("customer@acme.test");
    String number = orders.create(carla, request(null, true));
    String digits = number.substring("SR-".length());
    for (String text :
        List.of(
            number,
            number.toLowerCase(),
            "-" + digits,
            number.substring(0, number.length() - 1),
            digits.substring(1))) {
      assertThat(numbersFound(carla, text)).as(text).contains(number);
    }
    assertThat(numbersFound(user("customer@globex.test"), number)).isEmpty();
  }

  private List<String> numbersFound(Actor actor, String text) {
    OrderQuery query = new OrderQuery(text, null, null, null, null, null);
    return orders.search(actor, query, new PageRequest(0, 200)).items().stream()
        .map(OrderSummary::number)
        .toList();
  }

  @Test
  void anotherAccountsOrderIsNotFoundAndNeverListed() {
    String acmeOrder = orders.create(user("customer@acme.test"), request(null, true));
    Actor gina = user("customer@globex.test");
    assertThatThrownBy(() -> orders.details(gina, acmeOrder)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> orders.addNote(gina, acmeOrder, "hello", Visibility.PUBLIC))
        .isInstanceOf(NotFoundException.class);
    assertThat(orders.list(gina, OrderFilter.ALL, new PageRequest(0, 200), false).items())
        .allSatisfy(o -> assertThat(o.accountName()).isEqualTo("Globex"));
  }

  @Test
  void customersCannotWriteInternalNotesNorMoveSubmittedOrders() {
    Actor carla = user("customer@acme.test");
    String number = orders.create(carla, request(null, true));
    assertThatThrownBy(() -> orders.addNote(carla, number, "secret", Visibility.INTERNAL))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                orders.changeStatus(
                    carla, number, StatusChange.to(OrderStatus.IN_PROGRESS, null), null))
        .isInstanceOf(AccessDeniedException.class);
    orders.addNote(
        user("tech@servicetracker.test"), number, "internal remark", Visibility.INTERNAL);
    assertThat(orders.details(carla, number).timeline())
        .noneMatch(t -> "internal remark".equals(t.body()));
    assertThat(orders.details(user("tech@servicetracker.test"), number).timeline())
        .anyMatch(t -> "internal remark".equals(t.body()));
  }

  @Test
  void aChangeAgainstAStaleVersionIsAConflict() {
    Actor dana = user("dispatch@servicetracker.test");
    String number = orders.create(dana, request(acmeId(), true));
    long version = orders.details(dana, number).version();
    orders.changePriority(dana, number, Priority.HIGH, version);
    assertThatThrownBy(() -> orders.changePriority(dana, number, Priority.URGENT, version))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("changed by someone else");
    assertThat(orders.details(dana, number).priority()).isEqualTo(Priority.HIGH);
  }

  @Test
  void staffStatusChangesAndPublicNotesAreMailedToTheCustomersButInternalNotesNever()
      throws Exception {
    Actor tom = user("tech@servicetracker.test");
    String number = orders.create(user("customer@acme.test"), request(null, true));
    orders.changeStatus(
        tom, number, StatusChange.to(OrderStatus.IN_PROGRESS, "Bench test started"), null);
    orders.addNote(tom, number, "secret internal " + number, Visibility.INTERNAL);
    orders.addNote(tom, number, "Parts look fine.", Visibility.PUBLIC);

    String subject = number + " is now In Progress";
    String mail = TestMail.await("admin@acme.test", subject);
    assertThat(mail)
        .contains("Bench test started")
        .contains("/portal/order.xhtml?number=" + number);
    assertThat(TestMail.await("customer@acme.test", "New note on " + number))
        .contains("Parts look fine.");
    assertThat(TestMail.all()).doesNotContain("secret internal " + number);
    assertThat(TestMail.all()).doesNotContain("globex.test\",\"subject\":\"" + subject);
  }

  @Test
  void staffBookVisitsThatCustomersAreToldAboutAndCustomersCannotBook() throws Exception {
    Actor dana = user("dispatch@servicetracker.test");
    String number = orders.create(user("customer@acme.test"), request(null, true));
    java.time.Instant start = java.time.Instant.now().plus(java.time.Duration.ofDays(3));
    assertThatThrownBy(
            () -> orders.scheduleVisit(dana, number, start, start.minusSeconds(60), null))
        .isInstanceOf(ValidationException.class)
        .hasMessage("The visit must end after it starts.");
    assertThatThrownBy(
            () ->
                orders.scheduleVisit(
                    user("customer@acme.test"), number, start, start.plusSeconds(3600), null))
        .isInstanceOf(AccessDeniedException.class);

    OrderDetails booked = orders.scheduleVisit(dana, number, start, start.plusSeconds(7200), null);
    assertThat(booked.scheduledStart()).isEqualTo(start);
    assertThat(booked.timeline()).anyMatch(t -> t.kind() == TimelineKind.VISIT_SCHEDULED);
    assertThat(orders.upcomingVisits(user("customer@acme.test"), 200))
        .anyMatch(o -> o.number().equals(number));
    assertThat(orders.upcomingVisits(user("customer@globex.test"), 200))
        .noneMatch(o -> o.number().equals(number));
    assertThat(TestMail.await("customer@acme.test", "Visit booked for " + number))
        .contains("is booked from");
  }

  @Inject org.servicetracker.identity.ProfileService profiles;
  @Inject org.servicetracker.notification.DailyDigest digest;

  @Test
  void dailyDigestUsersGetOneMailADayExceptForUrgentOrders() throws Exception {
    Actor adam = user("admin@acme.test");
    profiles.chooseDailyDigest(adam, true);
    try {
      Actor tom = user("tech@servicetracker.test");
      String normal = orders.create(user("customer@acme.test"), request(null, true));
      orders.addNote(tom, normal, "Digest me " + normal, Visibility.PUBLIC);
      String urgent = orders.create(user("customer@acme.test"), request(null, true));
      orders.changePriority(user("customer@acme.test"), urgent, Priority.URGENT, null);
      orders.changeStatus(tom, urgent, StatusChange.to(OrderStatus.IN_PROGRESS, null), null);

      assertThat(TestMail.await("admin@acme.test", urgent + " is now In Progress"))
          .contains(urgent);
      assertThat(TestMail.await("customer@acme.test", "New note on " + normal))
          .contains("Digest me");
      assertThat(TestMail.all())
          .doesNotContain("\"to\":\"admin@acme.test\",\"subject\":\"New note on " + normal);

      digest.send();
      // The digest lists each entry as a bullet: "- New note on SR-…".
      for (int i = 0; i < 120 && !TestMail.all().contains("- New note on " + normal); i++) {
        Thread.sleep(250);
      }
      assertThat(TestMail.all())
          .contains("- New note on " + normal)
          .contains("Your daily Service Tracker digest");
    } finally {
      profiles.chooseDailyDigest(adam, false);
    }
  }

  @Test
  void concurrentCreationsNeverShareANumber() throws Exception {
    Actor carla = user("customer@acme.test");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        futures.add(pool.submit(() -> orders.create(carla, request(null, true))));
      }
      Set<String> numbers = new HashSet<>();
      for (Future<String> f : futures) {
        numbers.add(f.get());
      }
      assertThat(numbers).hasSize(40).allMatch(n -> n.matches("SR-\\d{6,}"));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anExportWhoseReceiverGoesAwayEndsThereAsItIsNotAsAFailure() {
    Actor carla = user("customer@acme.test");
    orders.create(carla, request(null, true));
    orders.create(carla, request(null, true));
    List<String> taken = new ArrayList<>();
    IOException gone = new IOException("Broken pipe");

    // Before, the EJB container wrapped the receiver's exception in an EJBException: the servlet's
    // catch never matched, and every client that went away left incident reports behind.
    assertThatThrownBy(
            () ->
                orders.export(
                    carla,
                    OrderQuery.ALL,
                    order -> {
                      taken.add(order.number());
                      throw new StreamAbandonedException(gone);
                    }))
        .isExactlyInstanceOf(StreamAbandonedException.class)
        .hasCause(gone);
    assertThat(taken).hasSize(1);
  }

  private Actor user(String email) {
    return users.findByEmail(email).orElseThrow().toActor();
  }

  private long acmeId() {
    return user("customer@acme.test").accountId();
  }

  private static NewOrder request(Long accountId, boolean submit) {
    return new NewOrder(
        accountId,
        null,
        null,
        null,
        OrderKind.WALK_IN,
        Priority.NORMAL,
        "Arquillian test order",
        null,
        submit);
  }
}
