package org.servicetracker.tech.order;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.servicetracker.account.AccountOption;
import org.servicetracker.order.OrderDetails;
import org.servicetracker.order.OrderLifecycle;
import org.servicetracker.order.OrderService;
import org.servicetracker.order.OrderStatus;
import org.servicetracker.order.StaffOption;
import org.servicetracker.order.StatusChange;
import org.servicetracker.order.Visibility;
import org.servicetracker.shared.DomainException;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.tech.identity.CurrentUser;
import org.servicetracker.web.Pages;
import org.servicetracker.web.StatusRibbon;

/**
 * order.xhtml?number=SR-000123&tab=…: any order of the organisation, with internal notes; staff
 * claim and assign it (T5), move it along the lifecycle with what each status needs (T6), set the
 * estimated completion, and write public or internal notes (T7). An unknown number is a 404.
 */
@Named
@ViewScoped
public class OrderBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final List<String> TABS =
      List.of("summary", "timeline", "attachments", "work", "quotes", "invoices");
  static final List<String> NOTICES =
      List.of(
          "created",
          "claimed",
          "assigned",
          "statusChanged",
          "estimateSaved",
          "visitPartAdded",
          "visitPartRemoved",
          "moved",
          "noteAdded",
          "uploaded",
          "labourLogged",
          "partLogged",
          "quoteSent",
          "invoiced",
          "invoiceChanged");

  @Inject OrderService orders;
  @Inject CurrentUser currentUser;

  private String number;
  private String tab;
  private OrderDetails order;
  private List<StaffOption> staff;
  private Long assignee;
  private AccountOption targetAccount;
  private OrderStatus target;
  private String statusNote;
  private String partsSupplier;
  private LocalDate partsEta;
  private String rmaReference;
  private String cancelReason;
  private LocalDate estimatedCompletion;
  private String note;
  private Visibility noteVisibility = Visibility.INTERNAL;

  public void onLoad() {
    if (tab == null || !TABS.contains(tab)) {
      tab = TABS.get(0);
    }
    try {
      order = orders.details(currentUser.actor(), number);
      estimatedCompletion = order.estimatedCompletion();
    } catch (NotFoundException e) {
      Pages.sendError(404);
    }
  }

  public void claim() throws IOException {
    act(() -> orders.claim(currentUser.actor(), order.number()), "summary", "claimed");
  }

  public void assign() throws IOException {
    act(
        () ->
            orders.assign(
                currentUser.actor(),
                order.number(),
                assignee == null ? Set.of() : Set.of(assignee),
                order.version()),
        "summary",
        "assigned");
  }

  public void changeStatus() throws IOException {
    act(
        () ->
            orders.changeStatus(
                currentUser.actor(),
                order.number(),
                new StatusChange(
                    target, statusNote, partsSupplier, partsEta, rmaReference, cancelReason),
                order.version()),
        "summary",
        "statusChanged");
  }

  /** A2: the order belongs to another customer account. */
  public void moveToAccount() throws IOException {
    act(
        () ->
            orders.moveToAccount(
                currentUser.actor(),
                order.number(),
                targetAccount == null ? -1 : targetAccount.id(),
                order.version()),
        "summary",
        "moved");
  }

  public AccountOption getTargetAccount() {
    return targetAccount;
  }

  public void setTargetAccount(AccountOption targetAccount) {
    this.targetAccount = targetAccount;
  }

  public void saveEstimate() throws IOException {
    act(
        () ->
            orders.estimateCompletion(
                currentUser.actor(), order.number(), estimatedCompletion, order.version()),
        "summary",
        "estimateSaved");
  }

  public void addNote() throws IOException {
    act(
        () -> orders.addNote(currentUser.actor(), order.number(), note, noteVisibility),
        "timeline",
        "noteAdded");
  }

  private void act(Runnable change, String toTab, String notice) throws IOException {
    try {
      change.run();
      reload(toTab, notice);
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  /** Post, redirect, get, to the tab where the change shows. */
  public void reload(String toTab, String notice) throws IOException {
    Pages.redirectToOrder(order.number(), toTab, notice);
  }

  public List<String> getNotices() {
    return Pages.requestedNotices(NOTICES);
  }

  /** Where the order may go next from here, in lifecycle order. */
  public List<OrderStatus> getTargets() {
    return OrderLifecycle.next(order.status(), order.kind()).stream().sorted().toList();
  }

  public List<StatusRibbon.Step> getRibbon() {
    return StatusRibbon.of(order.status());
  }

  public List<StaffOption> getStaff() {
    if (staff == null) {
      staff = orders.assignableStaff(currentUser.actor());
    }
    return staff;
  }

  public boolean isClaimable() {
    return order.assignees().isEmpty() && !order.status().isTerminal();
  }

  public List<String> getTabs() {
    return TABS;
  }

  public List<Visibility> getVisibilities() {
    return List.of(Visibility.INTERNAL, Visibility.PUBLIC);
  }

  public String getTechnicians() {
    return String.join(", ", order.assignees());
  }

  public OrderDetails getOrder() {
    return order;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getTab() {
    return tab;
  }

  public void setTab(String tab) {
    this.tab = tab;
  }

  public Long getAssignee() {
    return assignee;
  }

  public void setAssignee(Long assignee) {
    this.assignee = assignee;
  }

  public OrderStatus getTarget() {
    return target;
  }

  public void setTarget(OrderStatus target) {
    this.target = target;
  }

  public String getStatusNote() {
    return statusNote;
  }

  public void setStatusNote(String statusNote) {
    this.statusNote = statusNote;
  }

  public String getPartsSupplier() {
    return partsSupplier;
  }

  public void setPartsSupplier(String partsSupplier) {
    this.partsSupplier = partsSupplier;
  }

  public LocalDate getPartsEta() {
    return partsEta;
  }

  public void setPartsEta(LocalDate partsEta) {
    this.partsEta = partsEta;
  }

  public String getRmaReference() {
    return rmaReference;
  }

  public void setRmaReference(String rmaReference) {
    this.rmaReference = rmaReference;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }

  public LocalDate getEstimatedCompletion() {
    return estimatedCompletion;
  }

  public void setEstimatedCompletion(LocalDate estimatedCompletion) {
    this.estimatedCompletion = estimatedCompletion;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Visibility getNoteVisibility() {
    return noteVisibility;
  }

  public void setNoteVisibility(Visibility noteVisibility) {
    this.noteVisibility = noteVisibility;
  }
}
