package org.servicetracker.tech.invoice;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.servicetracker.invoice.InvoiceService;
import org.servicetracker.invoice.InvoiceSummary;
import org.servicetracker.shared.DomainException;
import org.servicetracker.tech.identity.CurrentUser;
import org.servicetracker.tech.order.OrderBacking;
import org.servicetracker.web.Pages;

/** The order page's Invoices tab: issue from the work log, mark paid, void with a reason (T11). */
@Named
@ViewScoped
public class OrderInvoicesBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject InvoiceService invoices;
  @Inject CurrentUser currentUser;
  @Inject OrderBacking order;

  private List<InvoiceSummary> list;
  private final Map<Long, String> voidReasons = new HashMap<>();

  public List<InvoiceSummary> getList() {
    if (list == null) {
      list = invoices.ofOrder(currentUser.actor(), order.getOrder().number());
    }
    return list;
  }

  public void issue() throws IOException {
    act(
        () -> invoices.issue(currentUser.actor(), order.getOrder().number(), LocalDate.now()),
        "invoiced");
  }

  public void markPaid(InvoiceSummary invoice) throws IOException {
    act(
        () -> invoices.markPaid(currentUser.actor(), invoice.id(), LocalDate.now(), null),
        "invoiceChanged");
  }

  public void voidInvoice(InvoiceSummary invoice) throws IOException {
    act(
        () ->
            invoices.voidInvoice(
                currentUser.actor(), invoice.id(), voidReasons.get(invoice.id()), null),
        "invoiceChanged");
  }

  private void act(Runnable change, String notice) throws IOException {
    try {
      change.run();
      order.reload("invoices", notice);
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  public Map<Long, String> getVoidReasons() {
    return voidReasons;
  }
}
