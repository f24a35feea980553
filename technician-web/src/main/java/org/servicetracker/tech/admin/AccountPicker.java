package org.servicetracker.tech.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.servicetracker.account.AccountOption;
import org.servicetracker.account.AccountService;
import org.servicetracker.tech.identity.CurrentUser;

/**
 * The customer account fields of the staff pages (a new order, moving an order, an invitation, an
 * API client): the account is found by typing part of its name, from suggestions read as one types,
 * so that no page lists every account. Also the fields' converter, between an account and its id.
 */
@Named
@RequestScoped
public class AccountPicker implements Converter<AccountOption> {
  /** How many accounts one suggestion list shows: type more to narrow it. */
  static final int SUGGESTIONS = 20;

  @Inject AccountService accounts;
  @Inject CurrentUser currentUser;

  /** The current accounts whose name contains what was typed, those it starts first. */
  public List<AccountOption> complete(String text) {
    return accounts.suggestions(currentUser.actor(), text, SUGGESTIONS);
  }

  @Override
  public AccountOption getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return accounts
          .current(currentUser.actor(), Long.parseLong(value.strip()))
          .orElseThrow(AccountPicker::notCurrent);
    } catch (NumberFormatException e) {
      throw notCurrent();
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, AccountOption value) {
    return value == null ? "" : Long.toString(value.id());
  }

  private static ConverterException notCurrent() {
    String text = "Choose a current customer account from the suggestions.";
    return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }
}
