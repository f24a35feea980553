package org.servicetracker.tech.stock;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.servicetracker.shared.DomainException;
import org.servicetracker.shared.Page;
import org.servicetracker.shared.PageRequest;
import org.servicetracker.stock.StockService;
import org.servicetracker.stock.StockView;
import org.servicetracker.tech.identity.CurrentUser;
import org.servicetracker.web.Pages;
import org.servicetracker.web.UrlParams;

/**
 * stock.xhtml?q=…&page=…: the parts in stock, paged by part number; the service desk adds parts and
 * records counts.
 */
@Named
@ViewScoped
public class StockBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 50;

  @Inject StockService stock;
  @Inject CurrentUser currentUser;

  private String q;
  private int page;
  private Page<StockView> result;

  /** Per stocked part: the count being entered. */
  private final Map<Long, BigDecimal> counts = new HashMap<>();

  private String partNumber;
  private String description;
  private BigDecimal onHand;

  public void onLoad() {
    result = stock.search(currentUser.actor(), q, new PageRequest(Math.max(0, page), PAGE_SIZE));
    result.items().forEach(s -> counts.put(s.id(), s.onHand()));
  }

  public void add() throws IOException {
    act(() -> stock.add(currentUser.actor(), partNumber, description, onHand), "added");
  }

  public void count(StockView item) throws IOException {
    act(() -> stock.count(currentUser.actor(), item.id(), counts.get(item.id())), "counted");
  }

  private void act(Runnable change, String notice) throws IOException {
    try {
      change.run();
      String query = UrlParams.search(q, page);
      Pages.redirect("/stock.xhtml?" + (query.isEmpty() ? "" : query + "&") + notice + "=true");
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  /** URL parameters of the same search on page {@code n} (0-based). */
  public String query(int n) {
    return UrlParams.search(q, n);
  }

  public Page<StockView> getResult() {
    return result;
  }

  public Map<Long, BigDecimal> getCounts() {
    return counts;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
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

  public BigDecimal getOnHand() {
    return onHand;
  }

  public void setOnHand(BigDecimal onHand) {
    this.onHand = onHand;
  }
}
