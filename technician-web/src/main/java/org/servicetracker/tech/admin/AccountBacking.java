package org.servicetracker.tech.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.servicetracker.account.AccountOption;
import org.servicetracker.account.AccountService;
import org.servicetracker.account.Contact;
import org.servicetracker.account.ContactDirectory;
import org.servicetracker.account.ContactOption;
import org.servicetracker.account.CustomerAccount;
import org.servicetracker.account.Site;
import org.servicetracker.account.SiteView;
import org.servicetracker.identity.Colleague;
import org.servicetracker.identity.ColleagueService;
import org.servicetracker.shared.DomainException;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.tech.identity.CurrentUser;
import org.servicetracker.web.Pages;

/**
 * admin/account.xhtml?account=…[&site=…|&contact=…] (A1): one customer account — its name, its
 * sites and contacts (added, corrected, retired, reinstated) and its portal users (deactivated and
 * reactivated). A site or contact in the URL is loaded into its form for editing.
 */
@Named
@ViewScoped
public class AccountBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final List<String> NOTICES =
      List.of(
          "opened",
          "renamed",
          "retired",
          "reinstated",
          "siteAdded",
          "siteSaved",
          "siteRetired",
          "siteReinstated",
          "contactAdded",
          "contactSaved",
          "contactRetired",
          "contactReinstated",
          "deactivated",
          "reactivated");

  @Inject AccountService accounts;
  @Inject ContactDirectory contacts;
  @Inject ColleagueService colleagues;
  @Inject CurrentUser currentUser;

  private long account;
  private Long site;
  private Long contact;
  private AccountOption selected;
  private String name;
  private List<SiteView> siteList;
  private List<ContactOption> contactList;
  private List<Colleague> users;
  private final SiteForm siteForm = new SiteForm();
  private final ContactForm contactForm = new ContactForm();

  public void onLoad() throws IOException {
    try {
      selected = accounts.account(currentUser.actor(), account);
    } catch (NotFoundException e) {
      Pages.sendError(404);
      return;
    }
    name = selected.name();
    siteList = accounts.sites(currentUser.actor(), account);
    contactList = contacts.directory(currentUser.actor(), account);
    users = colleagues.portalUsers(currentUser.actor(), account);
    siteList.stream()
        .filter(s -> site != null && s.id() == site)
        .findFirst()
        .ifPresent(siteForm::fill);
    contactList.stream()
        .filter(c -> contact != null && c.id() == contact)
        .findFirst()
        .ifPresent(contactForm::fill);
  }

  public void rename() throws IOException {
    act(() -> accounts.rename(currentUser.actor(), account, name), "renamed");
  }

  public void retire(boolean retired) throws IOException {
    act(
        () -> accounts.retire(currentUser.actor(), CustomerAccount.class, account, retired),
        retired ? "retired" : "reinstated");
  }

  public void saveSite() throws IOException {
    if (site == null) {
      act(() -> accounts.addSite(currentUser.actor(), account, siteForm.toNewSite()), "siteAdded");
    } else {
      act(() -> accounts.changeSite(currentUser.actor(), site, siteForm.toNewSite()), "siteSaved");
    }
  }

  public void retireSite(SiteView view, boolean retired) throws IOException {
    act(
        () -> accounts.retire(currentUser.actor(), Site.class, view.id(), retired),
        retired ? "siteRetired" : "siteReinstated");
  }

  public void saveContact() throws IOException {
    ContactForm f = contactForm;
    if (contact == null) {
      act(
          () -> contacts.add(currentUser.actor(), account, f.getName(), f.getEmail(), f.getPhone()),
          "contactAdded");
    } else {
      act(
          () ->
              contacts.change(
                  currentUser.actor(), contact, f.getName(), f.getEmail(), f.getPhone()),
          "contactSaved");
    }
  }

  public void retireContact(ContactOption view, boolean retired) throws IOException {
    act(
        () -> accounts.retire(currentUser.actor(), Contact.class, view.id(), retired),
        retired ? "contactRetired" : "contactReinstated");
  }

  public void deactivate(Colleague user) throws IOException {
    act(() -> colleagues.deactivate(currentUser.actor(), user.id()), "deactivated");
  }

  public void reactivate(Colleague user) throws IOException {
    act(() -> colleagues.reactivate(currentUser.actor(), user.id()), "reactivated");
  }

  private void act(Runnable change, String notice) throws IOException {
    try {
      change.run();
      Pages.redirect("/admin/account.xhtml?account=" + account + "&" + notice + "=true");
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  public List<String> getNotices() {
    return Pages.requestedNotices(NOTICES);
  }

  public AccountOption getSelected() {
    return selected;
  }

  public List<SiteView> getSites() {
    return siteList;
  }

  public List<ContactOption> getContacts() {
    return contactList;
  }

  public List<Colleague> getUsers() {
    return users;
  }

  public SiteForm getSiteForm() {
    return siteForm;
  }

  public ContactForm getContactForm() {
    return contactForm;
  }

  public long getAccount() {
    return account;
  }

  public void setAccount(long account) {
    this.account = account;
  }

  public Long getSite() {
    return site;
  }

  public void setSite(Long site) {
    this.site = site;
  }

  public Long getContact() {
    return contact;
  }

  public void setContact(Long contact) {
    this.contact = contact;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
