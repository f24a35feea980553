package org.servicetracker.portal.order;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.servicetracker.attachment.AttachmentService;
import org.servicetracker.attachment.AttachmentView;
import org.servicetracker.invoice.BillingSettings;
import org.servicetracker.invoice.InvoiceService;
import org.servicetracker.invoice.InvoiceSummary;
import org.servicetracker.order.OrderDetails;
import org.servicetracker.order.OrderService;
import org.servicetracker.order.OrderStatus;
import org.servicetracker.order.Priority;
import org.servicetracker.order.StatusChange;
import org.servicetracker.order.TimelineItem;
import org.servicetracker.order.Visibility;
import org.servicetracker.portal.identity.CurrentUser;
import org.servicetracker.shared.DomainException;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.web.Pages;
import org.servicetracker.web.StatusRibbon;
import org.servicetracker.worklog.WorkLog;
import org.servicetracker.worklog.WorkLogService;

/**
 * order.xhtml?number=SR-000123: one order of the customer's account (any other number is a 404),
 * where the customer adds notes (C6) and changes the priority until the order is finished.
 */
@Named
@ViewScoped
public class OrderBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int LATEST = 3;

  /** The tabs of the page, in order; the first is the default. */
  static final List<String> TABS =
      List.of("summary", "timeline", "attachments", "invoices", "work");

  /** Notices a redirect after a change may ask for (?noteAdded=true …). */
  static final List<String> NOTICES =
      List.of(
          "submitted",
          "draftSaved",
          "draftDiscarded",
          "noteAdded",
          "priorityChanged",
          "uploaded",
          "filesMissing",
          "responded");

  @Inject OrderService orders;
  @Inject AttachmentService attachmentService;
  @Inject InvoiceService invoiceService;
  @Inject WorkLogService workLogService;
  @Inject BillingSettings billing;
  @Inject CurrentUser currentUser;

  private String number;
  private String tab;
  private OrderDetails order;
  private List<AttachmentView> attachments;
  private List<InvoiceSummary> invoices;
  private WorkLog workLog;
  private String note;
  private Priority priority;

  public void onLoad() {
    if (tab == null || !TABS.contains(tab)) {
      tab = TABS.get(0);
    }
    try {
      order = orders.details(currentUser.actor(), number);
      priority = order.priority();
    } catch (NotFoundException e) {
      Pages.sendError(404);
    }
  }

  public void addNote() throws IOException {
    try {
      orders.addNote(currentUser.actor(), order.number(), note, Visibility.PUBLIC);
      reload("timeline", "noteAdded");
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  public void changePriority() throws IOException {
    try {
      orders.changePriority(currentUser.actor(), order.number(), priority, order.version());
      reload("summary", "priorityChanged");
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  public void submitDraft() throws IOException {
    try {
      orders.changeStatus(
          currentUser.actor(),
          order.number(),
          StatusChange.to(OrderStatus.NEW, null),
          order.version());
      reload("summary", "submitted");
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  public void discardDraft() throws IOException {
    try {
      orders.changeStatus(
          currentUser.actor(),
          order.number(),
          StatusChange.cancel("Draft discarded by the customer."),
          order.version());
      reload("summary", "draftDiscarded");
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  /** Post, redirect, get, to the tab where the change shows. */
  private void reload(String toTab, String notice) throws IOException {
    Pages.redirectToOrder(order.number(), toTab, notice);
  }

  /** The notices the request asks for, in a fixed order. */
  public List<String> getNotices() {
    return Pages.requestedNotices(NOTICES);
  }

  /** The newest few timeline entries, newest first, for the Summary tab. */
  public List<TimelineItem> getLatest() {
    List<TimelineItem> all = order.timeline();
    List<TimelineItem> latest =
        new ArrayList<>(all.subList(Math.max(0, all.size() - LATEST), all.size()));
    java.util.Collections.reverse(latest);
    return latest;
  }

  public List<String> getTabs() {
    return TABS;
  }

  /** The order's files, read once per view and only on the Attachments tab. */
  public List<AttachmentView> getAttachments() {
    if (attachments == null) {
      attachments = attachmentService.list(currentUser.actor(), order.number());
    }
    return attachments;
  }

  /** The order's invoices, newest first (Invoices tab). */
  public List<InvoiceSummary> getInvoices() {
    if (invoices == null) {
      invoices = invoiceService.ofOrder(currentUser.actor(), order.number());
    }
    return invoices;
  }

  /** Labour and parts logged on the order (Parts &amp; Labour tab). */
  public WorkLog getWorkLog() {
    if (workLog == null) {
      workLog = workLogService.workOf(currentUser.actor(), order.number());
    }
    return workLog;
  }

  public String getCurrency() {
    return billing.currency();
  }

  /** The main path of the lifecycle with the order's place on it, for the status ribbon. */
  public List<StatusRibbon.Step> getRibbon() {
    return StatusRibbon.of(order.status());
  }

  public boolean isPriorityChangeable() {
    return !order.status().isTerminal();
  }

  public List<Priority> getPriorities() {
    return List.of(Priority.values());
  }

  public String getTechnicians() {
    return String.join(", ", order.assignees());
  }

  public OrderDetails getOrder() {
    return order;
  }

  public String getTab() {
    return tab;
  }

  public void setTab(String tab) {
    this.tab = tab;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Priority getPriority() {
    return priority;
  }

  public void setPriority(Priority priority) {
    this.priority = priority;
  }
}
