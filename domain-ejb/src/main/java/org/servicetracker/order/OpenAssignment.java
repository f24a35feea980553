package org.servicetracker.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A staff member's assignment to an order that is still open: read-only, for queries. Orders are
 * assigned through {@link ServiceOrder}'s assignees; the database keeps the view of the open ones
 * (migration V27), so that a technician's open orders are found without their whole history.
 */
@Entity
@Table(name = "open_assignment")
@IdClass(OpenAssignment.Key.class)
class OpenAssignment {
  @Id
  @Column(name = "order_id")
  private Long orderId;

  @Id
  @Column(name = "user_id")
  private Long userId;

  protected OpenAssignment() {}

  /** The primary key: an order and a user. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long orderId;
    private Long userId;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(orderId, key.orderId)
          && Objects.equals(userId, key.userId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(orderId, userId);
    }
  }
}
