package org.servicetracker.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import org.servicetracker.shared.ValidationException;

/**
 * Webhook addresses: absolute http(s) URLs, and — unless {@code st.webhooks.allow-private} — never
 * this host or a private network, so that a client cannot make the server call inside its own
 * network (checked when subscribing and again before every send).
 */
@ApplicationScoped
public class Addresses {
  @Inject WebhookSettings settings;

  public String checked(String url) {
    URI uri;
    try {
      uri = new URI(url == null ? "" : url.strip());
    } catch (URISyntaxException e) {
      throw new ValidationException("url", "'" + url + "' is not a URL.");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
    if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
      throw new ValidationException("url", "The address is an absolute http(s) URL.");
    }
    if (uri.toString().length() > 2000) {
      throw new ValidationException("url", "The address has at most 2000 characters.");
    }
    requirePublic(uri);
    return uri.toString();
  }

  void requirePublic(URI uri) {
    if (settings.allowPrivate()) {
      return;
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
        if (address.isLoopbackAddress()
            || address.isSiteLocalAddress()
            || address.isLinkLocalAddress()
            || address.isAnyLocalAddress()) {
          throw new ValidationException(
              "url", "Webhooks go to public addresses, not to " + uri.getHost() + ".");
        }
      }
    } catch (UnknownHostException e) {
      throw new ValidationException("url", "The host " + uri.getHost() + " is not known.");
    }
  }
}
