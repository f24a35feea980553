package org.servicetracker.portal.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.servicetracker.order.OrderQuery;
import org.servicetracker.order.OrderService;
import org.servicetracker.order.OrderSort;
import org.servicetracker.order.OrderStatus;
import org.servicetracker.order.OrderSummary;
import org.servicetracker.order.Priority;
import org.servicetracker.portal.identity.CurrentUser;
import org.servicetracker.shared.Page;
import org.servicetracker.shared.PageRequest;
import org.servicetracker.shared.ValidationException;
import org.servicetracker.web.Pages;

/**
 * requests.xhtml: every order of the account, searched, filtered, sorted and paged in the database
 * (C4).
 */
@Named
@RequestScoped
public class RequestsBacking {
  static final int PAGE_SIZE = 25;

  @Inject OrderService orders;
  @Inject CurrentUser currentUser;

  private RequestsFilter filter = new RequestsFilter(OrderQuery.ALL, 0);
  private Page<OrderSummary> result = new Page<>(List.of(), 0, PAGE_SIZE, 0L);

  public void onLoad() {
    try {
      filter =
          RequestsFilter.parse(
              FacesContext.getCurrentInstance()
                  .getExternalContext()
                  .getRequestParameterValuesMap());
      result =
          orders.search(
              currentUser.actor(), filter.query(), new PageRequest(filter.page(), PAGE_SIZE));
    } catch (ValidationException e) {
      Pages.error(e.getMessage());
    }
  }

  public Page<OrderSummary> getResult() {
    return result;
  }

  public OrderQuery getQuery() {
    return filter.query();
  }

  public boolean isChecked(OrderStatus status) {
    return filter.query().statuses().contains(status);
  }

  public List<OrderStatus> getStatuses() {
    return List.of(OrderStatus.values());
  }

  public List<Priority> getPriorities() {
    return List.of(Priority.values());
  }

  public List<OrderSort> getSorts() {
    return List.of(OrderSort.values());
  }

  public String getPreviousQuery() {
    return filter.toQueryString(result.page() - 1);
  }

  public String getNextQuery() {
    return filter.toQueryString(result.page() + 1);
  }

  /** The same search without paging, for the CSV export link. */
  public String getExportQuery() {
    return filter.toQueryString(0);
  }
}
