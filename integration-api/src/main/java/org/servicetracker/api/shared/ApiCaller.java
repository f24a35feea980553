package org.servicetracker.api.shared;

import jakarta.enterprise.context.RequestScoped;
import org.servicetracker.integration.ApiIdentity;
import org.servicetracker.shared.Actor;

/** The API client of the current request, as {@link ApiKeyFilter} recognised it. */
@RequestScoped
public class ApiCaller {
  private ApiIdentity identity;

  void set(ApiIdentity identity) {
    this.identity = identity;
  }

  public Actor actor() {
    return identity().actor();
  }

  public long clientId() {
    return identity().clientId();
  }

  public boolean readOnly() {
    return identity().readOnly();
  }

  /** The client's own requests-per-minute limit, or null for the default. */
  public Integer rateLimit() {
    return identity().rateLimit();
  }

  boolean isAuthenticated() {
    return identity != null;
  }

  private ApiIdentity identity() {
    if (identity == null) {
      throw new IllegalStateException("No API client was authenticated for this request");
    }
    return identity;
  }
}
