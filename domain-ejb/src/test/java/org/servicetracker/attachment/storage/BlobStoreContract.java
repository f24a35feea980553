package org.servicetracker.attachment.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** What every store must do; each store's test runs these against the real thing. */
abstract class BlobStoreContract {

  abstract BlobStore store();

  @Test
  void storesAndReadsBack() throws IOException {
    String key = Keys.newKey();
    byte[] bytes = EncryptionTest.random(1234);
    store().put(key, new java.io.ByteArrayInputStream(bytes));
    assertThat(store().exists(key)).isTrue();
    try (InputStream in = store().get(key)) {
      assertThat(in.readAllBytes()).isEqualTo(bytes);
    }
  }

  @Test
  void streamsObjectsLargerThanAnyBuffer() throws Exception {
    String key = Keys.newKey();
    long size = 2L * S3BlobStore.PART_SIZE + 12345;
    MessageDigest sent = MessageDigest.getInstance("SHA-256");
    store().put(key, new Generated(size, sent));
    MessageDigest received = MessageDigest.getInstance("SHA-256");
    long count = 0;
    try (InputStream in = store().get(key)) {
      byte[] buffer = new byte[65536];
      for (int n; (n = in.read(buffer)) > 0; count += n) {
        received.update(buffer, 0, n);
      }
    }
    assertThat(count).isEqualTo(size);
    assertThat(HexFormat.of().formatHex(received.digest()))
        .isEqualTo(HexFormat.of().formatHex(sent.digest()));
  }

  @Test
  void aFailedPutLeavesNothing() throws IOException {
    String key = Keys.newKey();
    InputStream failing = new Generated(S3BlobStore.PART_SIZE + 10, null, true);
    assertThatThrownBy(() -> store().put(key, failing)).isInstanceOf(IOException.class);
    assertThat(store().exists(key)).isFalse();
  }

  @Test
  void deletesAndReportsMissingObjects() throws IOException {
    String key = Keys.newKey();
    store().put(key, new java.io.ByteArrayInputStream(new byte[] {1, 2, 3}));
    store().delete(key);
    store().delete(key);
    assertThat(store().exists(key)).isFalse();
    assertThatThrownBy(() -> store().get(key)).isInstanceOf(FileNotFoundException.class);
  }

  @Test
  void refusesKeysThatCouldEscape() {
    assertThatThrownBy(() -> store().get("../../etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Pseudo-random bytes made on the fly; optionally fails after all of them, like a cut upload. */
  static final class Generated extends InputStream {
    private final long size;
    private final MessageDigest digest;
    private final boolean failAtEnd;
    private long position;

    Generated(long size, MessageDigest digest) {
      this(size, digest, false);
    }

    Generated(long size, MessageDigest digest, boolean failAtEnd) {
      this.size = size;
      this.digest = digest;
      this.failAtEnd = failAtEnd;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (position >= size) {
        if (failAtEnd) {
          throw new IOException("The client went away");
        }
        return -1;
      }
      int n = (int) Math.min(len, size - position);
      for (int i = 0; i < n; i++) {
        long p = position + i;
        b[off + i] = (byte) (p * 31 + (p >>> 11));
      }
      if (digest != null) {
        digest.update(b, off, n);
      }
      position += n;
      return n;
    }
  }
}
