package org.servicetracker.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One order as its page or the API shows it, with the timeline entries the caller may see. */
public record OrderDetails(
    String number,
    long accountId,
    String accountName,
    OrderKind kind,
    Priority priority,
    OrderStatus status,
    String summary,
    String detail,
    String siteLabel,
    String contactName,
    String assetName,
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
    List<TimelineItem> timeline)
    implements java.io.Serializable {

  static OrderDetails of(ServiceOrder o, List<String> assignees, List<TimelineItem> timeline) {
    return new OrderDetails(
        o.getNumber(),
        o.getAccount().getId(),
        o.getAccount().getName(),
        o.getKind(),
        o.getPriority(),
        o.getStatus(),
        o.getSummary(),
        o.getDetail(),
        o.getSite() == null ? null : o.getSite().getLabel(),
        o.getContact() == null ? null : o.getContact().getName(),
        o.getAsset() == null ? null : o.getAsset().getName(),
        o.getAsset() == null ? null : o.getAsset().getSerialNumber(),
        assignees,
        o.getScheduledStart(),
        o.getScheduledEnd(),
        o.getEstimatedCompletion(),
        o.getPartsSupplier(),
        o.getPartsEta(),
        o.getRmaReference(),
        o.getCancelReason(),
        o.getCreatedAt(),
        o.getUpdatedAt(),
        o.getVersion(),
        timeline);
  }
}
