package org.servicetracker.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.servicetracker.shared.ValidationException;

/** A note of the customer's finance team on an invoice, seen only by that organisation. */
@Entity
@Table(name = "invoice_note")
public class InvoiceNote {
  static final int MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "invoice_id", nullable = false)
  private long invoiceId;

  @Column(name = "author_id")
  private Long authorId;

  @Column(name = "author_name", nullable = false)
  private String authorName;

  @Column(nullable = false)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected InvoiceNote() {}

  InvoiceNote(long invoiceId, Long authorId, String authorName, String body) {
    if (body == null || body.isBlank()) {
      throw new ValidationException("note", "Write the note first.");
    }
    if (body.length() > MAX) {
      throw new ValidationException("note", "A note can have at most " + MAX + " characters.");
    }
    this.invoiceId = invoiceId;
    this.authorId = authorId;
    this.authorName = authorName;
    this.body = body.strip();
    this.createdAt = Instant.now();
  }

  NoteView view() {
    return new NoteView(authorName, createdAt, body);
  }
}
