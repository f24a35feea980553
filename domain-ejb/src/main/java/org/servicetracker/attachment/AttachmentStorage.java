package org.servicetracker.attachment;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicetracker.attachment.storage.BlobStore;
import org.servicetracker.attachment.storage.Encryption;
import org.servicetracker.attachment.storage.FileSystemBlobStore;
import org.servicetracker.attachment.storage.KeyRing;
import org.servicetracker.attachment.storage.Keys;
import org.servicetracker.attachment.storage.S3BlobStore;

/**
 * The way bytes go in and out: limited to the configured size, hashed, typed from their first
 * bytes, encrypted, and into the configured store; back out decrypted. Misconfiguration is reported
 * by {@link #problem()} (readiness) and to the user who tries to upload, never silently ignored.
 */
@ApplicationScoped
public class AttachmentStorage {
  private static final Logger LOG = Logger.getLogger(AttachmentStorage.class.getName());

  @Inject AttachmentSettings settings;

  /**
   * Hashes uploads and flushes them to disk beside the threads that receive, encrypt and write
   * them.
   */
  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  private BlobStore store;
  private KeyRing keys;
  private String problem;

  @PostConstruct
  void configure() {
    try {
      store = createStore();
      keys =
          KeyRing.parse(
              settings
                  .keys()
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "No attachment encryption key is configured (st.storage.keys).")));
    } catch (IllegalArgumentException e) {
      problem = e.getMessage();
      LOG.severe("Attachments cannot be stored: " + problem);
    }
  }

  private BlobStore createStore() {
    return switch (settings.type()) {
      case "filesystem" -> new FileSystemBlobStore(Path.of(settings.dir()), executor);
      case "s3" ->
          new S3BlobStore(
              URI.create(
                  settings
                      .s3Endpoint()
                      .orElseThrow(
                          () ->
                              new IllegalArgumentException("st.storage.s3.endpoint is not set."))),
              settings.s3Region(),
              settings.s3Bucket(),
              settings
                  .s3AccessKey()
                  .orElseThrow(
                      () -> new IllegalArgumentException("st.storage.s3.access-key is not set.")),
              settings
                  .s3SecretKey()
                  .orElseThrow(
                      () -> new IllegalArgumentException("st.storage.s3.secret-key is not set.")));
      default ->
          throw new IllegalArgumentException(
              "st.storage.type must be filesystem or s3, not " + settings.type() + ".");
    };
  }

  /** What is wrong with the storage, or {@code null} when it works. */
  public String problem() {
    if (problem != null) {
      return problem;
    }
    try {
      store.check();
      return null;
    } catch (IOException e) {
      return "The attachment store (" + store + ") cannot be used: " + e.getMessage();
    }
  }

  /**
   * Stores everything {@code content} yields.
   *
   * @throws TooLargeException as soon as more than the limit has arrived; nothing is kept
   * @throws UploadCutOffException when the content stops arriving before its end; nothing is kept
   */
  StoredBytes store(String fileName, InputStream content) {
    requireConfigured();
    String key = Keys.newKey();
    Metered metered = new Metered(content, settings.maxBytes(), executor);
    try {
      byte[] head = metered.readNBytes(ContentTypes.SNIFF_BYTES);
      String type = ContentTypes.detect(head, fileName);
      InputStream plain = new SequenceInputStream(new ByteArrayInputStream(head), metered);
      store.put(key, Encryption.encrypting(plain, keys));
      return new StoredBytes(key, type, metered.count(), metered.sha256());
    } catch (IOException | RuntimeException e) {
      discard(key);
      if (metered.overLimit()) {
        throw new TooLargeException(settings.maxBytes());
      }
      if (metered.cutOff()) {
        LOG.info("Upload of " + fileName + " cut off after " + metered.count() + " bytes: " + e);
        throw new UploadCutOffException(metered.count());
      }
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new UncheckedIOException(e.getMessage(), (IOException) e);
    }
  }

  /** The plain bytes of a stored file; the caller closes the stream. */
  InputStream open(String key) throws IOException {
    requireConfigured();
    return Encryption.decrypting(store.get(key), keys);
  }

  /** Removes stored bytes; a failure is logged (the bytes are unreachable without their row). */
  void discard(String key) {
    try {
      store.delete(key);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not delete stored object " + key, e);
    }
  }

  private void requireConfigured() {
    if (problem != null) {
      throw new IllegalStateException("Attachments cannot be stored: " + problem);
    }
  }
}
