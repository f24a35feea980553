package org.servicetracker.tech.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.servicetracker.account.AccountOption;
import org.servicetracker.account.AccountService;
import org.servicetracker.shared.DomainException;
import org.servicetracker.tech.identity.CurrentUser;
import org.servicetracker.web.Pages;

/** admin/accounts.xhtml: the directory of customer accounts, and opening a new one (A1). */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AccountService accounts;
  @Inject CurrentUser currentUser;

  private List<AccountOption> list;
  private String newAccount;

  public void onLoad() {
    list = accounts.directory(currentUser.actor());
  }

  public void open() throws IOException {
    try {
      long id = accounts.open(currentUser.actor(), newAccount);
      Pages.redirect("/admin/account.xhtml?account=" + id + "&opened=true");
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  public List<AccountOption> getList() {
    return list;
  }

  public String getNewAccount() {
    return newAccount;
  }

  public void setNewAccount(String newAccount) {
    this.newAccount = newAccount;
  }
}
