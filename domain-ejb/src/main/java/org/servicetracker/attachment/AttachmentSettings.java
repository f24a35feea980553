package org.servicetracker.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Configuration of attachments ({@code st.attachments.*}) and their store ({@code st.storage.*}).
 */
@ApplicationScoped
public class AttachmentSettings {
  /** 500 MB, as the FAQ promises. */
  static final long DEFAULT_MAX_BYTES = 500L * 1024 * 1024;

  @Inject
  @ConfigProperty(name = "st.attachments.max-bytes", defaultValue = "" + DEFAULT_MAX_BYTES)
  long maxBytes;

  /** How long a file chosen on the new-request form waits for its order. */
  @Inject
  @ConfigProperty(name = "st.attachments.staged-hours", defaultValue = "24")
  int stagedHours;

  /** {@code filesystem} or {@code s3}. */
  @Inject
  @ConfigProperty(name = "st.storage.type", defaultValue = "filesystem")
  String type;

  /** For {@code filesystem}: the directory (shared by all servers of a cluster). */
  @Inject
  @ConfigProperty(name = "st.storage.dir", defaultValue = "attachments")
  String dir;

  /**
   * The encryption keys, {@code id:base64} separated by commas, the first for new files. Without
   * them nothing can be stored.
   */
  @Inject
  @ConfigProperty(name = "st.storage.keys")
  Optional<String> keys;

  @Inject
  @ConfigProperty(name = "st.storage.s3.endpoint")
  Optional<String> s3Endpoint;

  @Inject
  @ConfigProperty(name = "st.storage.s3.region", defaultValue = "us-east-1")
  String s3Region;

  @Inject
  @ConfigProperty(name = "st.storage.s3.bucket", defaultValue = "service-tracker")
  String s3Bucket;

  @Inject
  @ConfigProperty(name = "st.storage.s3.access-key")
  Optional<String> s3AccessKey;

  @Inject
  @ConfigProperty(name = "st.storage.s3.secret-key")
  Optional<String> s3SecretKey;

  public long maxBytes() {
    return maxBytes;
  }

  int stagedHours() {
    return stagedHours;
  }

  String type() {
    return type;
  }

  String dir() {
    return dir;
  }

  Optional<String> keys() {
    return keys;
  }

  Optional<String> s3Endpoint() {
    return s3Endpoint;
  }

  String s3Region() {
    return s3Region;
  }

  String s3Bucket() {
    return s3Bucket;
  }

  Optional<String> s3AccessKey() {
    return s3AccessKey;
  }

  Optional<String> s3SecretKey() {
    return s3SecretKey;
  }
}
