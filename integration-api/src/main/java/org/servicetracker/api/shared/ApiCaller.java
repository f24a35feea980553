package org.servicetracker.api.shared;

import jakarta.enterprise.context.RequestScoped;
import org.servicetracker.shared.Actor;

/** The API client of the current request, as {@link ApiKeyFilter} recognised it. */
@RequestScoped
public class ApiCaller {
  private Actor actor;

  void set(Actor actor) {
    this.actor = actor;
  }

  public Actor actor() {
    if (actor == null) {
      throw new IllegalStateException("No API client was authenticated for this request");
    }
    return actor;
  }
}
