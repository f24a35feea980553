package org.servicetracker.incontainer;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.servicetracker.order.OrderService;
import org.servicetracker.order.Visibility;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.ValidationException;

/** A service of the tests' own that writes through the order service, then refuses. */
@Stateless
public class PartWay {
  static final String NOTE = "written before the failure";

  @Inject OrderService orders;

  public void noteThenRefuse(Actor actor, String number) {
    orders.addNote(actor, number, NOTE, Visibility.INTERNAL);
    throw new ValidationException("note", "Refused after writing.");
  }
}
