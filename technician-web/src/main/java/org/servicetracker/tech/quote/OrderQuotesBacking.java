package org.servicetracker.tech.quote;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.servicetracker.quote.NewProposal;
import org.servicetracker.quote.ProposalKind;
import org.servicetracker.quote.ProposalService;
import org.servicetracker.quote.ProposalView;
import org.servicetracker.shared.DomainException;
import org.servicetracker.tech.identity.CurrentUser;
import org.servicetracker.tech.order.OrderBacking;
import org.servicetracker.web.Pages;

/**
 * The order page's Quotes tab: write a recommendation or quote with up to {@value #ROWS} priced
 * lines (empty rows are left out) and see the customer's answer on each line.
 */
@Named
@ViewScoped
public class OrderQuotesBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int ROWS = 6;

  @Inject ProposalService proposals;
  @Inject CurrentUser currentUser;
  @Inject OrderBacking order;

  /** One editable line of the form. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private String description;
    private BigDecimal quantity;
    private BigDecimal unitPrice;

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

    public BigDecimal getUnitPrice() {
      return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
      this.unitPrice = unitPrice;
    }

    boolean isEmpty() {
      return (description == null || description.isBlank()) && unitPrice == null;
    }
  }

  private List<ProposalView> list;
  private ProposalKind kind = ProposalKind.RECOMMENDATION;
  private String title;
  private String description;
  private LocalDate validUntil;
  private final List<Row> rows = new ArrayList<>();

  public OrderQuotesBacking() {
    for (int i = 0; i < ROWS; i++) {
      rows.add(new Row());
    }
  }

  public List<ProposalView> getList() {
    if (list == null) {
      list = proposals.ofOrder(currentUser.actor(), order.getOrder().number());
    }
    return list;
  }

  public void send() throws IOException {
    List<NewProposal.Line> lines =
        rows.stream()
            .filter(r -> !r.isEmpty())
            .map(
                r ->
                    new NewProposal.Line(
                        r.description,
                        r.quantity == null ? BigDecimal.ONE : r.quantity,
                        r.unitPrice))
            .toList();
    try {
      proposals.post(
          currentUser.actor(),
          order.getOrder().number(),
          new NewProposal(kind, title, description, validUntil, lines));
      order.reload("quotes", "quoteSent");
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  public List<ProposalKind> getKinds() {
    return List.of(ProposalKind.values());
  }

  public List<Row> getRows() {
    return rows;
  }

  public ProposalKind getKind() {
    return kind;
  }

  public void setKind(ProposalKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(LocalDate validUntil) {
    this.validUntil = validUntil;
  }
}
