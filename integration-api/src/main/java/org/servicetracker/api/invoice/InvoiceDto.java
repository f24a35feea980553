package org.servicetracker.api.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.servicetracker.invoice.InvoiceDetails;
import org.servicetracker.invoice.InvoiceSummary;

/** An invoice; {@code lines} and the totals only when it is read on its own. */
@Schema(name = "Invoice")
public record InvoiceDto(
    long id,
    @Schema(example = "INV-000123") String number,
    String orderNumber,
    @Schema(enumeration = {"OUTSTANDING", "OVERDUE", "PAID", "VOIDED"}) String status,
    LocalDate issuedOn,
    LocalDate dueOn,
    LocalDate paidOn,
    String currency,
    BigDecimal total,
    BigDecimal subtotal,
    BigDecimal taxRate,
    BigDecimal tax,
    String voidReason,
    List<LineDto> lines) {

  /** One charge: labour or a part. */
  public record LineDto(
      @Schema(enumeration = {"LABOUR", "PART"}) String kind,
      String description,
      BigDecimal quantity,
      BigDecimal unitPrice,
      BigDecimal amount) {}

  static InvoiceDto of(InvoiceSummary s) {
    return new InvoiceDto(
        s.id(),
        s.number(),
        s.orderNumber(),
        s.shownStatus(),
        s.issuedOn(),
        s.dueOn(),
        s.paidOn(),
        s.currency(),
        s.total(),
        null,
        null,
        null,
        null,
        null);
  }

  static InvoiceDto of(InvoiceDetails d) {
    InvoiceSummary s = d.summary();
    return new InvoiceDto(
        s.id(),
        s.number(),
        s.orderNumber(),
        s.shownStatus(),
        s.issuedOn(),
        s.dueOn(),
        s.paidOn(),
        s.currency(),
        s.total(),
        d.subtotal(),
        d.taxRate(),
        d.tax(),
        d.voidReason(),
        d.lines().stream()
            .map(
                l ->
                    new LineDto(
                        l.kind().name(), l.description(), l.quantity(), l.unitPrice(), l.amount()))
            .toList());
  }
}
