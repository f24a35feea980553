package org.servicetracker.order;

/** How a list of orders is ordered: newest first by creation or by last update. */
public enum OrderSort {
  CREATED,
  UPDATED
}
