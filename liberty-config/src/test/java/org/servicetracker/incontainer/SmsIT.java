package org.servicetracker.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.servicetracker.identity.ProfileService;
import org.servicetracker.identity.UserRepository;
import org.servicetracker.order.NewOrder;
import org.servicetracker.order.OrderKind;
import org.servicetracker.order.OrderService;
import org.servicetracker.order.OrderStatus;
import org.servicetracker.order.Priority;
import org.servicetracker.order.StatusChange;
import org.servicetracker.organisation.OrganisationService;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.ValidationException;

/**
 * X3 SMS: opted-in users get a text through the HTTP gateway (here the dev services' local
 * receiver), only while the organisation offers SMS.
 */
@ExtendWith(ArquillianExtension.class)
class SmsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withDomain("sms-it", SmsIT.class);
  }

  @Inject OrderService orders;
  @Inject ProfileService profiles;
  @Inject OrganisationService organisation;
  @Inject UserRepository users;

  @Test
  void anOptedInCustomerIsTextedWhenTheStatusChanges() throws Exception {
    Actor adam = user("admin@acme.test");
    String phone = "+44 20 7946 " + (1000 + (System.nanoTime() % 9000));
    profiles.updateContactDetails(adam, "Adam Acme-Admin", phone, null);
    profiles.chooseSms(adam, true);
    try {
      String number = orders.create(user("customer@acme.test"), order());
      orders.changeStatus(
          user("dispatch@servicetracker.test"),
          number,
          StatusChange.to(OrderStatus.IN_PROGRESS, null),
          null);
      String texts = awaitSms(phone, number + " is now In Progress");
      assertThat(texts).contains("/portal/order.xhtml?number=" + number);
    } finally {
      profiles.chooseSms(adam, false);
      profiles.updateContactDetails(adam, "Adam Acme-Admin", null, null);
    }
  }

  @Test
  void smsCanOnlyBeChosenWhereTheOrganisationOffersItAndWithAPhoneNumber() {
    Actor carla = user("customer@acme.test");
    String phone = profiles.profile(carla).phone();
    profiles.updateContactDetails(carla, "Carla Customer", null, null);
    try {
      assertThatThrownBy(() -> profiles.chooseSms(carla, true))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("phone number first");
      Actor alex = user("admin@servicetracker.test");
      organisation.enableSms(alex, false);
      try {
        profiles.updateContactDetails(carla, "Carla Customer", "+1 555 0100", null);
        assertThat(profiles.profile(carla).smsOffered()).isFalse();
        assertThatThrownBy(() -> profiles.chooseSms(carla, true))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("not offered");
      } finally {
        organisation.enableSms(alex, true);
      }
    } finally {
      profiles.updateContactDetails(carla, "Carla Customer", phone, null);
    }
  }

  private static String awaitSms(String phone, String text) throws Exception {
    for (int i = 0; i < 120; i++) {
      String all =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:8025/api/sms")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      if (all.contains("\"to\":\"" + phone + "\"") && all.contains(text)) {
        return all;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("No SMS '" + text + "' to " + phone);
  }

  private NewOrder order() {
    return new NewOrder(
        null, null, null, null, OrderKind.WALK_IN, Priority.NORMAL, "SMS test order", null, true);
  }

  private Actor user(String email) {
    return users.findByEmail(email).orElseThrow().toActor();
  }
}
