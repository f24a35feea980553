package org.servicetracker.portal.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.servicetracker.identity.AccountRequestView;
import org.servicetracker.identity.Colleague;
import org.servicetracker.identity.ColleagueService;
import org.servicetracker.shared.DomainException;
import org.servicetracker.web.Pages;

/**
 * colleagues.xhtml (C12): an organisation administrator's colleagues, deactivation, and account
 * requests.
 */
@Named
@ViewScoped
public class ColleaguesBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ColleagueService colleagues;
  @Inject CurrentUser currentUser;

  private String name;
  private String email;
  private String note;

  public List<Colleague> getColleagues() {
    return colleagues.colleagues(currentUser.actor());
  }

  public List<AccountRequestView> getRequests() {
    return colleagues.requests(currentUser.actor());
  }

  public boolean isSelf(Colleague colleague) {
    return colleague.id() == currentUser.get().id();
  }

  public void deactivate(long userId) throws IOException {
    try {
      colleagues.deactivate(currentUser.actor(), userId);
      Pages.redirect("/colleagues.xhtml?deactivated=true");
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  public void requestAccount() throws IOException {
    try {
      colleagues.requestAccount(currentUser.actor(), name, email, note);
      Pages.redirect("/colleagues.xhtml?requested=true");
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
