package org.servicetracker.invoice;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.servicetracker.shared.Money;

/**
 * The PDF of an invoice: issuer and customer, invoice and order numbers, dates, the lines in a
 * table, subtotal, tax and total; "VOID" or "PAID" where it applies. Customer notes are never
 * printed (the PDF may travel outside the organisation).
 */
@ApplicationScoped
class InvoicePdf {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final Color RULE = new Color(0x1d, 0x35, 0x57);

  void write(InvoiceDetails invoice, BillingSettings settings, OutputStream out)
      throws IOException {
    Document document = new Document(PageSize.A4, 48, 48, 56, 56);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle("Invoice " + invoice.summary().number());
      document.addCreator("Service Tracker");
      document.open();
      header(document, invoice, settings);
      document.add(lines(invoice));
      document.add(totals(invoice));
      footer(document, invoice);
    } catch (DocumentException e) {
      throw new IOException("The invoice PDF could not be made", e);
    } finally {
      document.close();
    }
  }

  private static void header(Document document, InvoiceDetails invoice, BillingSettings settings) {
    InvoiceSummary s = invoice.summary();
    document.add(new Paragraph(settings.issuer(), font(16, Font.BOLD)));
    document.add(new Paragraph(settings.issuerAddress(), font(10, Font.NORMAL)));
    document.add(Chunk.NEWLINE);
    document.add(new Paragraph("Invoice " + s.number(), font(20, Font.BOLD)));
    PdfPTable facts = new PdfPTable(new float[] {1, 2});
    facts.setWidthPercentage(60);
    facts.setHorizontalAlignment(Element.ALIGN_LEFT);
    facts.setSpacingBefore(8);
    fact(facts, "Customer", invoice.accountName());
    fact(facts, "Order", s.orderNumber() + " · " + invoice.orderSummary());
    fact(facts, "Issued", DATE.format(s.issuedOn()));
    fact(facts, "Due", DATE.format(s.dueOn()));
    fact(facts, "Status", statusText(s));
    facts.setSpacingAfter(16);
    document.add(facts);
  }

  private static PdfPTable lines(InvoiceDetails invoice) {
    PdfPTable table = new PdfPTable(new float[] {5, 1.2f, 1.6f, 1.6f});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String title : new String[] {"Description", "Qty", "Unit price", "Amount"}) {
      PdfPCell cell = new PdfPCell(new Phrase(title, font(10, Font.BOLD, Color.WHITE)));
      cell.setBackgroundColor(RULE);
      cell.setPadding(5);
      cell.setHorizontalAlignment(
          title.equals("Description") ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
      table.addCell(cell);
    }
    String currency = invoice.summary().currency();
    for (InvoiceDetails.Line line : invoice.lines()) {
      cell(
          table,
          (line.kind() == LineKind.LABOUR ? "Labour – " : "Part – ") + line.description(),
          false);
      cell(table, line.quantity().stripTrailingZeros().toPlainString(), true);
      cell(table, Money.format(line.unitPrice(), currency), true);
      cell(table, Money.format(line.amount(), currency), true);
    }
    return table;
  }

  private static PdfPTable totals(InvoiceDetails invoice) {
    String currency = invoice.summary().currency();
    PdfPTable table = new PdfPTable(new float[] {3, 1.6f});
    table.setWidthPercentage(45);
    table.setHorizontalAlignment(Element.ALIGN_RIGHT);
    table.setSpacingBefore(10);
    total(table, "Subtotal", Money.format(invoice.subtotal(), currency), false);
    total(
        table,
        "Tax " + invoice.taxRate().stripTrailingZeros().toPlainString() + "%",
        Money.format(invoice.tax(), currency),
        false);
    total(table, "Total", Money.format(invoice.summary().total(), currency), true);
    return table;
  }

  private static void footer(Document document, InvoiceDetails invoice) {
    document.add(Chunk.NEWLINE);
    InvoiceSummary s = invoice.summary();
    String text =
        switch (s.status()) {
          case PAID -> "Paid on " + DATE.format(s.paidOn()) + ". Thank you.";
          case VOIDED -> "This invoice is void: " + invoice.voidReason() + ". Nothing is owed.";
          case OUTSTANDING ->
              "Please pay "
                  + Money.format(s.total(), s.currency())
                  + " by "
                  + DATE.format(s.dueOn())
                  + ", quoting "
                  + s.number()
                  + ".";
        };
    document.add(new Paragraph(text, font(10, Font.NORMAL)));
  }

  private static String statusText(InvoiceSummary s) {
    return switch (s.shownStatus()) {
      case "OVERDUE" -> "Overdue";
      case "PAID" -> "Paid";
      case "VOIDED" -> "Void";
      default -> "Outstanding";
    };
  }

  private static void fact(PdfPTable table, String label, String value) {
    PdfPCell name = new PdfPCell(new Phrase(label, font(10, Font.BOLD)));
    PdfPCell content = new PdfPCell(new Phrase(value, font(10, Font.NORMAL)));
    name.setBorder(0);
    content.setBorder(0);
    table.addCell(name);
    table.addCell(content);
  }

  private static void cell(PdfPTable table, String text, boolean number) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font(10, Font.NORMAL)));
    cell.setPadding(5);
    cell.setBorderColor(new Color(0xcb, 0xd2, 0xd9));
    cell.setHorizontalAlignment(number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
    table.addCell(cell);
  }

  private static void total(PdfPTable table, String label, String amount, boolean strong) {
    int style = strong ? Font.BOLD : Font.NORMAL;
    PdfPCell name = new PdfPCell(new Phrase(label, font(strong ? 12 : 10, style)));
    PdfPCell value = new PdfPCell(new Phrase(amount, font(strong ? 12 : 10, style)));
    for (PdfPCell cell : new PdfPCell[] {name, value}) {
      cell.setBorder(strong ? PdfPCell.TOP : 0);
      cell.setPadding(4);
      cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
      table.addCell(cell);
    }
  }

  private static Font font(float size, int style) {
    return font(size, style, Color.BLACK);
  }

  private static Font font(float size, int style, Color color) {
    return FontFactory.getFont(FontFactory.HELVETICA, size, style, color);
  }
}
