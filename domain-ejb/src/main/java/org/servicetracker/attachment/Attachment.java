package org.servicetracker.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.servicetracker.worklog.WorkLine;

/** A stored file: on an order, or staged by its uploader until the order exists. */
@Entity
@Table(name = "attachment")
public class Attachment {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "order_id")
  private Long orderId;

  @Column(name = "staged_by")
  private Long stagedBy;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "storage_key", nullable = false, unique = true, updatable = false)
  private String storageKey;

  @Column(name = "uploaded_by")
  private Long uploadedBy;

  @Column(name = "uploader_name", nullable = false)
  private String uploaderName;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "labour_entry_id")
  private Long labourEntryId;

  @Column(name = "part_entry_id")
  private Long partEntryId;

  protected Attachment() {}

  Attachment(StoredBytes stored, String fileName, Long uploaderId, String uploaderName) {
    this.fileName = fileName;
    this.contentType = stored.contentType();
    this.size = stored.size();
    this.sha256 = stored.sha256();
    this.storageKey = stored.key();
    this.uploadedBy = uploaderId;
    this.uploaderName = uploaderName;
    this.createdAt = Instant.now();
  }

  void attachTo(long order) {
    this.orderId = order;
    this.stagedBy = null;
  }

  void stageFor(long user) {
    this.stagedBy = user;
  }

  void documents(WorkLine line) {
    labourEntryId = line.kind() == WorkLine.Kind.LABOUR ? line.id() : null;
    partEntryId = line.kind() == WorkLine.Kind.PART ? line.id() : null;
  }

  boolean isStagedBy(Long user) {
    return orderId == null && stagedBy != null && stagedBy.equals(user);
  }

  public AttachmentView view() {
    String line =
        labourEntryId != null
            ? WorkLine.key(WorkLine.Kind.LABOUR, labourEntryId)
            : WorkLine.key(WorkLine.Kind.PART, partEntryId);
    return new AttachmentView(
        id, fileName, contentType, size, sha256, uploaderName, createdAt, line);
  }

  public Long getId() {
    return id;
  }

  public Long getOrderId() {
    return orderId;
  }

  public String getStorageKey() {
    return storageKey;
  }
}
