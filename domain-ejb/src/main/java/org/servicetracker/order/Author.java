package org.servicetracker.order;

import org.servicetracker.shared.Actor;

/** Who wrote a timeline entry: a user (with id) or an integration client (by name only). */
record Author(Long userId, String name) {
  static Author of(Actor actor) {
    return new Author(actor.userId(), actor.name());
  }
}
