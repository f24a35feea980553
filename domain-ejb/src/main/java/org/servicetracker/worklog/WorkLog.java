package org.servicetracker.worklog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** Everything logged on one order, with the totals before tax. */
public record WorkLog(List<LabourView> labour, List<PartView> parts) implements Serializable {

  /** Billable labour only: what an invoice charges. */
  public BigDecimal labourTotal() {
    return labour.stream()
        .filter(LabourView::billable)
        .map(LabourView::amount)
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  public BigDecimal partsTotal() {
    return parts.stream()
        .map(PartView::amount)
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  public BigDecimal total() {
    return labourTotal().add(partsTotal());
  }

  public BigDecimal billableHours() {
    return labour.stream()
        .filter(LabourView::billable)
        .map(LabourView::billableHours)
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }
}
