package org.servicetracker.portal.asset;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.servicetracker.asset.AssetService;
import org.servicetracker.asset.AssetView;
import org.servicetracker.order.OrderFilter;
import org.servicetracker.order.OrderService;
import org.servicetracker.order.OrderSummary;
import org.servicetracker.portal.identity.CurrentUser;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.shared.Page;
import org.servicetracker.shared.PageRequest;
import org.servicetracker.web.Pages;

/**
 * asset.xhtml?id=…: one asset of the account with its service history and booked visits; others are
 * a 404.
 */
@Named
@RequestScoped
public class AssetBacking {
  static final int HISTORY = PageRequest.MAX_SIZE;

  @Inject AssetService assets;
  @Inject OrderService orders;
  @Inject CurrentUser currentUser;

  private Long id;
  private AssetView asset;
  private Page<OrderSummary> history;

  public void onLoad() {
    try {
      asset = assets.get(currentUser.actor(), id == null ? -1 : id);
      history =
          orders.list(
              currentUser.actor(),
              OrderFilter.ofAsset(asset.id()),
              new PageRequest(0, HISTORY),
              true);
    } catch (NotFoundException e) {
      Pages.sendError(404);
    }
  }

  public AssetView getAsset() {
    return asset;
  }

  public Page<OrderSummary> getHistory() {
    return history;
  }

  /** Open orders with a visit booked in the future: the upcoming maintenance and service visits. */
  public List<OrderSummary> getUpcoming() {
    Instant now = Instant.now();
    return history.items().stream()
        .filter(
            o ->
                o.scheduledStart() != null
                    && o.scheduledStart().isAfter(now)
                    && !o.status().isTerminal())
        .toList();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
