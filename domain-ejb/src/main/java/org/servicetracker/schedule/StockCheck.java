package org.servicetracker.schedule;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.servicetracker.stock.StockService;

/**
 * Whether a visit's parts are on hand: the count in stock less what the visits booked before it
 * need. Visits are taken first come, first served by their start (then by order); a visit not
 * booked yet comes after every booked one.
 */
final class StockCheck {
  /** Another upcoming visit's need of a part. */
  record Claim(String partNumber, BigDecimal quantity, Instant start, long orderId) {}

  private StockCheck() {}

  static PartNeed check(
      VisitPart part, Instant start, Map<String, BigDecimal> onHand, List<Claim> claims) {
    String key = StockService.key(part.getPartNumber());
    BigDecimal stock = onHand.get(key);
    BigDecimal available = null;
    if (stock != null) {
      available = stock;
      for (Claim claim : claims) {
        if (StockService.key(claim.partNumber()).equals(key)
            && comesBefore(claim, start, part.getOrderId())) {
          available = available.subtract(claim.quantity());
        }
      }
    }
    return new PartNeed(
        part.getId(),
        part.getPartNumber(),
        part.getDescription(),
        part.getQuantity(),
        stock,
        available);
  }

  private static boolean comesBefore(Claim claim, Instant start, long orderId) {
    if (claim.orderId() == orderId) {
      return false;
    }
    if (start == null) {
      return true;
    }
    int order = claim.start().compareTo(start);
    return order < 0 || (order == 0 && claim.orderId() < orderId);
  }
}
