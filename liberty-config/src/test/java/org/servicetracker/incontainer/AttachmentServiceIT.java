package org.servicetracker.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.servicetracker.attachment.AttachmentService;
import org.servicetracker.attachment.AttachmentService.StoredFile;
import org.servicetracker.attachment.AttachmentView;
import org.servicetracker.identity.UserRepository;
import org.servicetracker.order.NewOrder;
import org.servicetracker.order.OrderKind;
import org.servicetracker.order.OrderService;
import org.servicetracker.order.Priority;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.NotFoundException;

/**
 * X2 visibility as the FAQ states it: the account's users, the technicians assigned to the order,
 * dispatchers and administrators; nobody else, not even another technician.
 */
@ExtendWith(ArquillianExtension.class)
class AttachmentServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withDomain("attachment-service-it", AttachmentServiceIT.class);
  }

  @Inject AttachmentService attachments;
  @Inject OrderService orders;
  @Inject UserRepository users;

  @Test
  void onlyTheAccountTheAssignedTechnicianAndTheDeskReachTheFiles() throws Exception {
    Actor dana = user("dispatch@servicetracker.test");
    Actor tom = user("tech@servicetracker.test");
    Actor tina = user("tech2@servicetracker.test");
    String number = orders.create(user("customer@acme.test"), order());
    orders.assign(dana, number, Set.of(tom.userId()), null);

    byte[] bytes = "sign-off form".getBytes(StandardCharsets.UTF_8);
    AttachmentView file =
        attachments.upload(
            tom, number, null, "sign-off.txt", bytes.length, new ByteArrayInputStream(bytes));

    for (Actor allowed :
        new Actor[] {
          user("customer@acme.test"),
          user("admin@acme.test"),
          tom,
          dana,
          user("admin@servicetracker.test")
        }) {
      try (StoredFile open = attachments.open(allowed, file.id())) {
        assertThat(open.content().readAllBytes()).isEqualTo(bytes);
      }
      assertThat(attachments.list(allowed, number))
          .extracting(AttachmentView::id)
          .contains(file.id());
    }
    for (Actor refused : new Actor[] {tina, user("customer@globex.test")}) {
      assertThatThrownBy(() -> attachments.open(refused, file.id()))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> attachments.list(refused, number))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(
              () ->
                  attachments.upload(
                      refused, number, null, "x.txt", 1, new ByteArrayInputStream(new byte[] {1})))
          .isInstanceOf(NotFoundException.class);
    }
  }

  private NewOrder order() {
    return new NewOrder(
        null,
        null,
        null,
        null,
        OrderKind.WALK_IN,
        Priority.NORMAL,
        "Attachment visibility",
        null,
        true);
  }

  private Actor user(String email) {
    return users.findByEmail(email).orElseThrow().toActor();
  }
}
