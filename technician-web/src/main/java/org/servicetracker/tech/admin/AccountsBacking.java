package org.servicetracker.tech.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.servicetracker.account.AccountOption;
import org.servicetracker.account.AccountService;
import org.servicetracker.account.ContactDirectory;
import org.servicetracker.account.ContactOption;
import org.servicetracker.account.NewSite;
import org.servicetracker.account.SiteDirectory;
import org.servicetracker.account.SiteOption;
import org.servicetracker.shared.DomainException;
import org.servicetracker.tech.identity.CurrentUser;
import org.servicetracker.web.Pages;

/** admin/accounts.xhtml?account=…: customer accounts, their sites and contacts (A1). */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AccountService accounts;
  @Inject SiteDirectory sites;
  @Inject ContactDirectory contacts;
  @Inject CurrentUser currentUser;

  private Long account;
  private List<AccountOption> list;
  private String newAccount;
  private String siteName;
  private String street;
  private String city;
  private String postalCode;
  private String country;
  private String contactName;
  private String contactEmail;
  private String contactPhone;

  public void onLoad() {
    list = accounts.accounts(currentUser.actor());
  }

  public void open() throws IOException {
    act(() -> accounts.open(currentUser.actor(), newAccount), "opened");
  }

  public void addSite() throws IOException {
    act(
        () ->
            accounts.addSite(
                currentUser.actor(),
                account,
                new NewSite(siteName, street, city, postalCode, country)),
        "siteAdded");
  }

  public void addContact() throws IOException {
    act(
        () -> contacts.add(currentUser.actor(), account, contactName, contactEmail, contactPhone),
        "contactAdded");
  }

  private void act(java.util.function.Supplier<Long> change, String notice) throws IOException {
    try {
      long id = change.get();
      long shown = "opened".equals(notice) ? id : account;
      Pages.redirect("/admin/accounts.xhtml?account=" + shown + "&" + notice + "=true");
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  public AccountOption getSelected() {
    return list.stream().filter(a -> account != null && a.id() == account).findFirst().orElse(null);
  }

  public List<SiteOption> getSites() {
    return account == null ? List.of() : sites.sitesOf(currentUser.actor(), account);
  }

  public List<ContactOption> getContacts() {
    return account == null ? List.of() : contacts.contactsOf(currentUser.actor(), account);
  }

  public List<AccountOption> getList() {
    return list;
  }

  public Long getAccount() {
    return account;
  }

  public void setAccount(Long account) {
    this.account = account;
  }

  public String getNewAccount() {
    return newAccount;
  }

  public void setNewAccount(String newAccount) {
    this.newAccount = newAccount;
  }

  public String getSiteName() {
    return siteName;
  }

  public void setSiteName(String siteName) {
    this.siteName = siteName;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }
}
