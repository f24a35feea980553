package org.servicetracker.tech.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.servicetracker.integration.ApiClientService;
import org.servicetracker.integration.ApiClientView;
import org.servicetracker.shared.DomainException;
import org.servicetracker.tech.identity.CurrentUser;
import org.servicetracker.web.Pages;
import org.servicetracker.webhook.DeliveryView;
import org.servicetracker.webhook.EventTypes;
import org.servicetracker.webhook.NewSubscription;
import org.servicetracker.webhook.SubscriptionView;
import org.servicetracker.webhook.WebhookAdministration;

/**
 * admin/webhooks.xhtml?client=… (I6): an API client's webhook subscriptions and recent deliveries;
 * administrators subscribe addresses (the secret is shown once), ping, replay and end them.
 */
@Named
@ViewScoped
public class WebhooksBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int RECENT = 25;

  @Inject WebhookAdministration webhooks;
  @Inject ApiClientService clients;
  @Inject CurrentUser currentUser;

  private long client;
  private ApiClientView selected;
  private List<SubscriptionView> subscriptions;
  private List<DeliveryView> deliveries;
  private NewSubscription created;
  private String notice;
  private String url;
  private List<String> events = new ArrayList<>(EventTypes.ALL);

  public void onLoad() throws IOException {
    selected =
        clients.clients(currentUser.actor()).stream()
            .filter(c -> c.id() == client)
            .findFirst()
            .orElse(null);
    if (selected == null) {
      Pages.sendError(404);
      return;
    }
    subscriptions = webhooks.subscriptions(currentUser.actor(), client);
    deliveries = webhooks.recentDeliveries(currentUser.actor(), client, RECENT);
  }

  public void subscribe() throws IOException {
    act(
        () -> created = webhooks.subscribe(currentUser.actor(), client, url, List.copyOf(events)),
        null);
    if (created != null) {
      url = null;
    }
  }

  public void ping(SubscriptionView subscription) throws IOException {
    act(() -> webhooks.ping(currentUser.actor(), client, subscription.id()), "pinged");
  }

  public void unsubscribe(SubscriptionView subscription) throws IOException {
    act(() -> webhooks.unsubscribe(currentUser.actor(), client, subscription.id()), "ended");
  }

  public void replay(DeliveryView delivery) throws IOException {
    act(
        () ->
            webhooks.replay(currentUser.actor(), client, delivery.subscriptionId(), delivery.id()),
        "replayed");
  }

  /** Runs the change and shows the page again (a new secret must not travel in a URL). */
  private void act(Runnable change, String done) throws IOException {
    created = null;
    try {
      change.run();
      notice = done;
      onLoad();
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  public List<String> getEventTypes() {
    return EventTypes.ALL;
  }

  public ApiClientView getSelected() {
    return selected;
  }

  public List<SubscriptionView> getSubscriptions() {
    return subscriptions;
  }

  public List<DeliveryView> getDeliveries() {
    return deliveries;
  }

  public NewSubscription getCreated() {
    return created;
  }

  public String getNotice() {
    return notice;
  }

  public long getClient() {
    return client;
  }

  public void setClient(long client) {
    this.client = client;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public List<String> getEvents() {
    return events;
  }

  public void setEvents(List<String> events) {
    this.events = events;
  }
}
