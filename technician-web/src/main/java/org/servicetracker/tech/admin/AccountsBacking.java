package org.servicetracker.tech.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.servicetracker.account.AccountOption;
import org.servicetracker.account.AccountService;
import org.servicetracker.shared.DomainException;
import org.servicetracker.shared.Page;
import org.servicetracker.shared.PageRequest;
import org.servicetracker.tech.identity.CurrentUser;
import org.servicetracker.web.Pages;
import org.servicetracker.web.UrlParams;

/**
 * admin/accounts.xhtml?q=…&page=…: the directory of customer accounts, searched by name and paged,
 * and opening a new one (A1).
 */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 50;

  @Inject AccountService accounts;
  @Inject CurrentUser currentUser;

  private String q;
  private int page;
  private Page<AccountOption> result;
  private String newAccount;

  public void onLoad() {
    result =
        accounts.directory(currentUser.actor(), q, new PageRequest(Math.max(0, page), PAGE_SIZE));
  }

  public void open() throws IOException {
    try {
      long id = accounts.open(currentUser.actor(), newAccount);
      Pages.redirect("/admin/account.xhtml?account=" + id + "&opened=true");
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  /** URL parameters of the same search on page {@code n} (0-based). */
  public String query(int n) {
    return UrlParams.search(q, n);
  }

  public Page<AccountOption> getResult() {
    return result;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public String getNewAccount() {
    return newAccount;
  }

  public void setNewAccount(String newAccount) {
    this.newAccount = newAccount;
  }
}
