package org.servicetracker.tech.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicetracker.account.AccountOption;
import org.servicetracker.integration.ApiClientService;
import org.servicetracker.integration.ApiClientView;
import org.servicetracker.integration.IssuedKey;
import org.servicetracker.shared.DomainException;
import org.servicetracker.tech.identity.CurrentUser;
import org.servicetracker.web.Pages;

/**
 * admin/api-clients.xhtml (I3): the integration API's clients; administrators create them (for one
 * customer account or the whole organisation, read-only or read-write), rotate their keys and
 * revoke them. A new key is shown on this page once, after a post without redirect, and is never
 * shown again.
 */
@Named
@ViewScoped
public class ApiClientsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ApiClientService clients;
  @Inject CurrentUser currentUser;

  @Inject
  @ConfigProperty(name = "st.api.rate-limit", defaultValue = "600")
  int defaultRateLimit;

  private List<ApiClientView> list;
  private IssuedKey issued;
  private String revoked;
  private String name;
  private AccountOption account;
  private boolean readOnly;
  private Integer rateLimit;

  public void onLoad() {
    list = clients.clients(currentUser.actor());
  }

  public void create() {
    issue(
        () ->
            clients.create(
                currentUser.actor(),
                name,
                account == null ? null : account.id(),
                readOnly,
                rateLimit));
    if (issued != null) {
      name = null;
      account = null;
      readOnly = false;
      rateLimit = null;
    }
  }

  public void rotate(ApiClientView client) {
    issue(() -> clients.rotate(currentUser.actor(), client.id()));
  }

  public void revoke(ApiClientView client) {
    try {
      clients.revoke(currentUser.actor(), client.id());
      revoked = client.name();
      issued = null;
      onLoad();
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  private void issue(Supplier<IssuedKey> change) {
    try {
      issued = change.get();
      revoked = null;
      onLoad();
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  public List<ApiClientView> getList() {
    return list;
  }

  public IssuedKey getIssued() {
    return issued;
  }

  public String getRevoked() {
    return revoked;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public AccountOption getAccount() {
    return account;
  }

  public void setAccount(AccountOption account) {
    this.account = account;
  }

  public Integer getRateLimit() {
    return rateLimit;
  }

  public void setRateLimit(Integer rateLimit) {
    this.rateLimit = rateLimit;
  }

  /** The installation's requests per minute for clients without their own limit. */
  public int getDefaultRateLimit() {
    return defaultRateLimit;
  }

  public boolean isReadOnly() {
    return readOnly;
  }

  public void setReadOnly(boolean readOnly) {
    this.readOnly = readOnly;
  }
}
