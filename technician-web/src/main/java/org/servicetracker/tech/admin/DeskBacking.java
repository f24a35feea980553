package org.servicetracker.tech.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.servicetracker.account.AccountOption;
import org.servicetracker.identity.InvitationService;
import org.servicetracker.identity.OpenAccountRequest;
import org.servicetracker.order.OrderService;
import org.servicetracker.order.StaffOption;
import org.servicetracker.organisation.OrganisationService;
import org.servicetracker.shared.DomainException;
import org.servicetracker.shared.Role;
import org.servicetracker.tech.identity.CurrentUser;
import org.servicetracker.web.Pages;

/** admin/desk.xhtml: invite portal users, answer account requests, hand on the on-call duty. */
@Named
@ViewScoped
public class DeskBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject InvitationService invitations;
  @Inject OrganisationService organisation;
  @Inject OrderService orders;
  @Inject CurrentUser currentUser;

  private List<OpenAccountRequest> requests;
  private AccountOption account;
  private String email;
  private String name;
  private Role role = Role.CUSTOMER;
  private Long onCall;

  public void onLoad() {
    requests = invitations.openRequests(currentUser.actor());
    onCall = organisation.onCallDispatcher().orElse(null);
  }

  public void invite() throws IOException {
    try {
      invitations.invite(
          currentUser.actor(), account == null ? -1 : account.id(), email, name, role);
      Pages.redirect("/admin/desk.xhtml?invited=true");
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  /** Fills the invitation form from a customer's request. */
  public void take(OpenAccountRequest request) {
    account = new AccountOption(request.accountId(), request.accountName(), false);
    email = request.email();
    name = request.name();
    role = Role.CUSTOMER;
  }

  public void decline(OpenAccountRequest request) throws IOException {
    try {
      invitations.decline(currentUser.actor(), request.id());
      Pages.redirect("/admin/desk.xhtml?declined=true");
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  public void saveOnCall() throws IOException {
    try {
      organisation.putOnCall(currentUser.actor(), onCall);
      Pages.redirect("/admin/desk.xhtml?onCallSaved=true");
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  /** Dispatchers who can be on call. */
  public List<StaffOption> getDispatchers() {
    return orders.dispatchers(currentUser.actor());
  }

  public List<Role> getRoles() {
    return List.of(Role.CUSTOMER, Role.CUSTOMER_ADMIN);
  }

  public List<OpenAccountRequest> getRequests() {
    return requests;
  }

  public AccountOption getAccount() {
    return account;
  }

  public void setAccount(AccountOption account) {
    this.account = account;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public Long getOnCall() {
    return onCall;
  }

  public void setOnCall(Long onCall) {
    this.onCall = onCall;
  }
}
