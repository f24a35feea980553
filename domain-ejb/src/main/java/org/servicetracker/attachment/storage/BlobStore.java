package org.servicetracker.attachment.storage;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of attachments live: a local (or shared) directory, or an S3-compatible bucket.
 * Stores are byte stores only; encryption happens before the bytes arrive here. Every method
 * streams: nothing holds a whole object in memory.
 */
public interface BlobStore {

  /** Stores all that {@code content} yields under {@code key}; leaves nothing behind on failure. */
  void put(String key, InputStream content) throws IOException;

  /**
   * Opens the object for reading; the caller closes the stream.
   *
   * @throws java.io.FileNotFoundException when there is no such object
   */
  InputStream get(String key) throws IOException;

  /** Removes the object; removing a missing object is not an error. */
  void delete(String key) throws IOException;

  boolean exists(String key) throws IOException;

  /** Fails when the store cannot be reached or written to (for the readiness check). */
  void check() throws IOException;
}
