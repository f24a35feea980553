package org.servicetracker.invoice;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** One invoice with its lines and totals; the notes only for the customer's organisation. */
public record InvoiceDetails(
    InvoiceSummary summary,
    String accountName,
    String orderSummary,
    List<Line> lines,
    BigDecimal subtotal,
    BigDecimal taxRate,
    BigDecimal tax,
    String voidReason,
    long version,
    List<NoteView> notes)
    implements Serializable {

  /** One charge. */
  public record Line(
      LineKind kind,
      String description,
      BigDecimal quantity,
      BigDecimal unitPrice,
      BigDecimal amount)
      implements Serializable {}
}
