package org.servicetracker.api.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.servicetracker.order.OrderDetails;
import org.servicetracker.order.TimelineItem;

/**
 * One order with the timeline entries the client may see (account-scoped clients: public entries
 * only).
 */
public record OrderDetailDto(
    String number,
    String account,
    String kind,
    String priority,
    String status,
    String summary,
    String detail,
    String site,
    String contact,
    String asset,
    String assetSerial,
    List<String> assignees,
    Instant scheduledStart,
    Instant scheduledEnd,
    LocalDate estimatedCompletion,
    String partsSupplier,
    LocalDate partsEta,
    String rmaReference,
    String cancelReason,
    Instant createdAt,
    Instant updatedAt,
    long version,
    List<TimelineEntryDto> timeline) {

  /** One timeline entry. */
  public record TimelineEntryDto(
      String kind,
      String visibility,
      String author,
      Instant occurredAt,
      String body,
      String from,
      String to) {
    static TimelineEntryDto of(TimelineItem t) {
      return new TimelineEntryDto(
          t.kind().name(),
          t.visibility().name(),
          t.authorName(),
          t.occurredAt(),
          t.body(),
          t.fromValue(),
          t.toValue());
    }
  }

  static OrderDetailDto of(OrderDetails o) {
    return new OrderDetailDto(
        o.number(),
        o.accountName(),
        o.kind().name(),
        o.priority().name(),
        o.status().name(),
        o.summary(),
        o.detail(),
        o.siteLabel(),
        o.contactName(),
        o.assetName(),
        o.assetSerial(),
        o.assignees(),
        o.scheduledStart(),
        o.scheduledEnd(),
        o.estimatedCompletion(),
        o.partsSupplier(),
        o.partsEta(),
        o.rmaReference(),
        o.cancelReason(),
        o.createdAt(),
        o.updatedAt(),
        o.version(),
        o.timeline().stream().map(TimelineEntryDto::of).toList());
  }
}
