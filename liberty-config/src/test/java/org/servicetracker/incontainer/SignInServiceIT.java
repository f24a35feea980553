package org.servicetracker.incontainer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.servicetracker.identity.AppUser;
import org.servicetracker.identity.Application;
import org.servicetracker.identity.LoginOutcome;
import org.servicetracker.identity.PasswordHasher;
import org.servicetracker.identity.SignInAttempt;
import org.servicetracker.identity.SignInService;
import org.servicetracker.identity.UserRepository;
import org.servicetracker.shared.Role;

/** Sign-in rules that need a user in a state no screen can produce yet: deactivated. */
@ExtendWith(ArquillianExtension.class)
class SignInServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withDomain("sign-in-service-it", SignInServiceIT.class, Users.class);
  }

  @Inject SignInService signIn;
  @Inject Users users;
  @Inject UserRepository repository;

  @Test
  void aDeactivatedUserCannotSignInAndTheirSessionEnds() {
    String email = "inactive-" + System.nanoTime() + "@acme.test";
    long id = users.createAcmeCustomer(email, "password-123");
    SignInAttempt attempt = new SignInAttempt(Application.PORTAL, "127.0.0.1", "arquillian");
    assertThat(signIn.signIn(email, "password-123", attempt).outcome())
        .isEqualTo(LoginOutcome.SUCCESS);
    assertThat(signIn.stillSignedIn(id, Application.PORTAL)).isPresent();

    users.deactivate(id);

    var refused = signIn.signIn(email, "password-123", attempt);
    assertThat(refused.outcome()).isEqualTo(LoginOutcome.INACTIVE);
    assertThat(refused.message()).contains("deactivated");
    assertThat(signIn.stillSignedIn(id, Application.PORTAL)).isEmpty();
  }

  @Test
  void aStaffUserIsNotKeptSignedInToThePortal() {
    long tech = repository.findByEmail("tech@servicetracker.test").orElseThrow().getId();
    assertThat(signIn.stillSignedIn(tech, Application.PORTAL)).isEmpty();
    assertThat(signIn.stillSignedIn(tech, Application.TECH)).isPresent();
  }

  /** Writes test users in a transaction of its own. */
  @jakarta.enterprise.context.ApplicationScoped
  public static class Users {
    @Inject UserRepository users;

    @jakarta.persistence.PersistenceContext(unitName = "servicetracker")
    jakarta.persistence.EntityManager em;

    @Transactional
    public long createAcmeCustomer(String email, String password) {
      var acme = users.findByEmail("customer@acme.test").orElseThrow().getAccount();
      AppUser user =
          AppUser.customer(
              acme,
              email,
              "Inactive Soon",
              new PasswordHasher().hash(password),
              Set.of(Role.CUSTOMER));
      users.add(user);
      em.flush();
      return user.getId();
    }

    @Transactional
    public void deactivate(long id) {
      users.getById(id).deactivate();
    }
  }
}
