package org.servicetracker.attachment;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Executor;

/**
 * Counts and hashes (SHA-256, on the executor's threads) what passes through, and fails the read
 * that goes past the limit, so that an over-size upload stops at the limit instead of filling the
 * disk. Tells a failure of the sender's (a read that failed) from the receiver's.
 */
final class Metered extends FilterInputStream {
  private final long limit;
  private final BackgroundDigest digest;
  private long count;
  private boolean overLimit;
  private boolean cutOff;

  Metered(InputStream in, long limit, Executor hashing) {
    super(in);
    this.limit = limit;
    this.digest = new BackgroundDigest(hashing);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n;
    try {
      n = super.read(b, off, len);
    } catch (IOException e) {
      cutOff = true;
      throw e;
    }
    if (n > 0) {
      count += n;
      if (count > limit) {
        overLimit = true;
        throw new IOException("The upload is larger than " + limit + " bytes");
      }
      digest.update(b, off, n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("Skipping would leave bytes out of the hash");
  }

  long count() {
    return count;
  }

  boolean overLimit() {
    return overLimit;
  }

  /** Whether reading what passes through failed: the sender stopped before the end. */
  boolean cutOff() {
    return cutOff;
  }

  /** The hash of what was read; asked once, at the end. */
  String sha256() {
    return digest.hex();
  }
}
