package org.servicetracker.tech.schedule;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.servicetracker.schedule.PartNeed;
import org.servicetracker.schedule.VisitParts;
import org.servicetracker.shared.DomainException;
import org.servicetracker.tech.identity.CurrentUser;
import org.servicetracker.tech.order.OrderBacking;
import org.servicetracker.web.Pages;

/** The order's Summary tab: the parts its visit needs, each checked against the stock (T3). */
@Named
@ViewScoped
public class VisitPartsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject VisitParts visitParts;
  @Inject CurrentUser currentUser;
  @Inject OrderBacking order;

  private List<PartNeed> needs;
  private String partNumber;
  private String description;
  private BigDecimal quantity = BigDecimal.ONE;

  public List<PartNeed> getNeeds() {
    if (needs == null) {
      needs = visitParts.needs(currentUser.actor(), order.getOrder().number());
    }
    return needs;
  }

  public void add() throws IOException {
    act(
        () ->
            visitParts.add(
                currentUser.actor(), order.getOrder().number(), partNumber, description, quantity),
        "visitPartAdded");
  }

  public void remove(PartNeed need) throws IOException {
    act(
        () -> visitParts.remove(currentUser.actor(), order.getOrder().number(), need.id()),
        "visitPartRemoved");
  }

  private void act(Runnable change, String notice) throws IOException {
    try {
      change.run();
      order.reload("summary", notice);
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  public String getPartNumber() {
    return partNumber;
  }

  public void setPartNumber(String partNumber) {
    this.partNumber = partNumber;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public void setQuantity(BigDecimal quantity) {
    this.quantity = quantity;
  }
}
