package org.servicetracker.portal.invoice;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.servicetracker.invoice.InvoiceQuery;
import org.servicetracker.invoice.InvoiceService;
import org.servicetracker.invoice.InvoiceSummary;
import org.servicetracker.portal.identity.CurrentUser;
import org.servicetracker.shared.Page;
import org.servicetracker.shared.PageRequest;
import org.servicetracker.shared.ValidationException;
import org.servicetracker.web.Pages;

/**
 * invoices.xhtml: the account's invoices, filtered by status and issue date, paged in the database.
 */
@Named
@RequestScoped
public class InvoicesBacking {
  static final int PAGE_SIZE = 25;

  @Inject InvoiceService invoices;
  @Inject CurrentUser currentUser;

  private InvoicesFilter filter = new InvoicesFilter(InvoiceQuery.ALL, 0);
  private Page<InvoiceSummary> result = new Page<>(List.of(), 0, PAGE_SIZE, 0L);

  public void onLoad() {
    try {
      filter =
          InvoicesFilter.parse(
              FacesContext.getCurrentInstance()
                  .getExternalContext()
                  .getRequestParameterValuesMap());
      result =
          invoices.list(
              currentUser.actor(), filter.query(), new PageRequest(filter.page(), PAGE_SIZE));
    } catch (ValidationException e) {
      Pages.error(e.getMessage());
    }
  }

  public Page<InvoiceSummary> getResult() {
    return result;
  }

  public InvoiceQuery getQuery() {
    return filter.query();
  }

  public List<String> getStatuses() {
    return InvoicesFilter.STATUSES;
  }

  public String getPreviousQuery() {
    return filter.toQueryString(filter.page() - 1);
  }

  public String getNextQuery() {
    return filter.toQueryString(filter.page() + 1);
  }
}
