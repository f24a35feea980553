package org.servicetracker.portal.invoice;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.servicetracker.invoice.InvoiceDetails;
import org.servicetracker.invoice.InvoiceService;
import org.servicetracker.invoice.InvoiceStatus;
import org.servicetracker.payment.PaymentService;
import org.servicetracker.portal.identity.CurrentUser;
import org.servicetracker.shared.DomainException;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.web.Pages;

/**
 * invoice.xhtml?id=…[&payment=paid|cancelled]: one invoice of the account (any other is a 404), its
 * finance notes, and paying it online where that is offered.
 */
@Named
@ViewScoped
public class InvoiceBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject InvoiceService invoices;
  @Inject PaymentService payments;
  @Inject CurrentUser currentUser;

  private Long id;
  private InvoiceDetails invoice;
  private String note;

  public void onLoad() {
    if (id == null) {
      Pages.sendError(404);
      return;
    }
    try {
      invoice = invoices.details(currentUser.actor(), id);
    } catch (NotFoundException e) {
      Pages.sendError(404);
    }
  }

  public void addNote() throws IOException {
    try {
      invoices.addNote(currentUser.actor(), id, note);
      Pages.redirect("/invoice.xhtml?id=" + id + "&noteAdded=true");
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  /** Online payment is offered and the invoice is still to be paid. */
  public boolean isPayable() {
    return invoice != null
        && invoice.summary().status() == InvoiceStatus.OUTSTANDING
        && payments.available();
  }

  /** Back from the checkout: paid (and confirmed yet or not), cancelled, or refused here. */
  public String getPaymentNotice() {
    String payment =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("payment");
    if (invoice == null || payment == null) {
      return null;
    }
    if (!"paid".equals(payment)) {
      return "refused".equals(payment) ? "refused" : "cancelled";
    }
    return invoice.summary().status() == InvoiceStatus.PAID ? "confirmed" : "pending";
  }

  public InvoiceDetails getInvoice() {
    return invoice;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
