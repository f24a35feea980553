package org.servicetracker.attachment;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Removes files chosen on a new-request form that was never submitted, once they are older than
 * {@code st.attachments.staged-hours}.
 */
@Singleton
public class StagedUploadCleanup {
  private static final Logger LOG = Logger.getLogger(StagedUploadCleanup.class.getName());
  private static final int BATCH = 200;

  @Inject AttachmentRecords records;
  @Inject AttachmentStorage storage;
  @Inject AttachmentSettings settings;

  /** Without a transaction of its own: each batch's rows are gone before their bytes go. */
  @Schedule(hour = "*", minute = "23", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void removeExpired() {
    Instant cutOff = Instant.now().minus(Duration.ofHours(settings.stagedHours()));
    List<String> keys;
    do {
      keys = records.removeStagedBefore(cutOff, BATCH);
      keys.forEach(storage::discard);
      if (!keys.isEmpty()) {
        LOG.info("Removed " + keys.size() + " expired staged uploads");
      }
    } while (keys.size() == BATCH);
  }
}
