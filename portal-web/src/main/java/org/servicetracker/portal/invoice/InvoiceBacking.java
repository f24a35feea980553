package org.servicetracker.portal.invoice;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.servicetracker.invoice.InvoiceDetails;
import org.servicetracker.invoice.InvoiceService;
import org.servicetracker.portal.identity.CurrentUser;
import org.servicetracker.shared.DomainException;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.web.Pages;

/** invoice.xhtml?id=…: one invoice of the account (any other is a 404) and its finance notes. */
@Named
@ViewScoped
public class InvoiceBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject InvoiceService invoices;
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
