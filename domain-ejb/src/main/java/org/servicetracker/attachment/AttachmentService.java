package org.servicetracker.attachment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.servicetracker.shared.Actor;
import org.servicetracker.worklog.WorkLine;

/**
 * Use cases of attachments. The bytes stream outside any transaction (an upload of 500 MB takes
 * longer than a transaction should stay open); the rows are written by {@link AttachmentRecords}
 * once the bytes are safely stored, and the bytes are removed again if that fails.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AttachmentService {
  @Inject AttachmentRecords records;
  @Inject AttachmentStorage storage;
  @Inject AttachmentSettings settings;

  /** The largest file accepted, in bytes. */
  public long maxBytes() {
    return settings.maxBytes();
  }

  /**
   * Stores one file on an order, or, with no order, stages it for the actor's next new request.
   *
   * @param line the work-log line of the order the file documents (a receipt, a certificate), or
   *     null
   * @param declaredLength the length the client announced, or -1; over the limit refuses at once
   * @throws TooLargeException when the file is over the limit; nothing is kept
   */
  public AttachmentView upload(
      Actor actor,
      String orderNumber,
      WorkLine line,
      String fileName,
      long declaredLength,
      InputStream content) {
    if (declaredLength > settings.maxBytes()) {
      throw new TooLargeException(settings.maxBytes());
    }
    records.target(actor, orderNumber, line); // refuse before reading a byte
    String name = FileNames.sanitise(fileName);
    StoredBytes stored = storage.store(name, content);
    try {
      return records.add(actor, stored, name, orderNumber, line);
    } catch (RuntimeException e) {
      storage.discard(stored.key());
      throw e;
    }
  }

  public List<AttachmentView> list(Actor actor, String orderNumber) {
    return records.list(actor, orderNumber);
  }

  /** Opens a file the actor may read; the caller closes it. */
  public StoredFile open(Actor actor, long id) throws IOException {
    Attachment attachment = records.readable(actor, id);
    return new StoredFile(attachment.view(), storage.open(attachment.getStorageKey()));
  }

  /** Puts the actor's staged uploads on the order (the new-request form's files). */
  public List<String> attachStaged(Actor actor, String orderNumber, List<Long> ids) {
    return records.attachStaged(actor, orderNumber, ids);
  }

  /** Removes one of the actor's staged uploads (taken off the form before submitting). */
  public void discardStaged(Actor actor, long id) {
    storage.discard(records.removeStaged(actor, id));
  }

  /** A readable file: what it is, and its bytes. */
  public record StoredFile(AttachmentView view, InputStream content) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      content.close();
    }
  }
}
