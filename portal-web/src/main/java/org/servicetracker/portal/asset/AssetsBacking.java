package org.servicetracker.portal.asset;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.servicetracker.asset.AssetService;
import org.servicetracker.asset.AssetView;
import org.servicetracker.order.LatestOrder;
import org.servicetracker.order.OrderService;
import org.servicetracker.portal.identity.CurrentUser;
import org.servicetracker.shared.Page;
import org.servicetracker.shared.PageRequest;
import org.servicetracker.web.UrlParams;

/**
 * assets.xhtml?q=…&page=…: the account's equipment with serials, tags, sites and the most recent
 * order (C10).
 */
@Named
@RequestScoped
public class AssetsBacking {
  static final int PAGE_SIZE = 25;

  @Inject AssetService assets;
  @Inject OrderService orders;
  @Inject CurrentUser currentUser;

  private String q;
  private int page;
  private Page<AssetView> result;
  private List<AssetRow> rows;

  public void onLoad() {
    result = assets.list(currentUser.actor(), q, new PageRequest(Math.max(0, page), PAGE_SIZE));
    Map<Long, LatestOrder> latest =
        orders.latestForAssets(
            currentUser.actor(), result.items().stream().map(AssetView::id).toList());
    rows = result.items().stream().map(a -> new AssetRow(a, latest.get(a.id()))).toList();
  }

  public List<AssetRow> getRows() {
    return rows;
  }

  public Page<AssetView> getResult() {
    return result;
  }

  /** URL parameters of the same search on page {@code n} (0-based). */
  public String query(int n) {
    return UrlParams.search(q, n);
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
}
