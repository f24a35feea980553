package org.servicetracker.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BackgroundDigestTest {
  private static final int BLOCK = BackgroundDigest.BLOCK;

  @Test
  void hashesManyBlocksInTheirOrderOnOtherThreads() throws Exception {
    byte[] data = new byte[7 * BLOCK + 12_345];
    new Random(42).nextBytes(data);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      BackgroundDigest digest = new BackgroundDigest(pool);
      // Pieces of uneven sizes, as a socket hands them out, some across a block's end.
      Random sizes = new Random(7);
      for (int offset = 0; offset < data.length; ) {
        int n = Math.min(data.length - offset, 1 + sizes.nextInt(200_000));
        digest.update(data, offset, n);
        offset += n;
      }
      assertThat(digest.hex()).isEqualTo(sha256(data));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anEmptyStreamHasTheEmptyHash() {
    assertThat(new BackgroundDigest(Runnable::run).hex())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void hashesOnTheCallersThreadWhenTheExecutorRefuses() throws Exception {
    byte[] data = new byte[3 * BLOCK];
    new Random(1).nextBytes(data);
    BackgroundDigest digest =
        new BackgroundDigest(
            task -> {
              throw new RejectedExecutionException("stopping");
            });
    digest.update(data, 0, data.length);
    assertThat(digest.hex()).isEqualTo(sha256(data));
  }

  @Test
  void aHasherThatFallsBehindHoldsTheReaderBackInsteadOfFillingTheHeap() throws Exception {
    List<Runnable> waiting = new CopyOnWriteArrayList<>();
    BackgroundDigest digest = new BackgroundDigest(waiting::add);
    byte[] data = new byte[6 * BLOCK];
    new Random(3).nextBytes(data);
    digest.update(data, 0, 4 * BLOCK);
    assertThat(waiting).hasSize(1); // the other three wait behind the first block's hashing

    Thread reader = new Thread(() -> update(digest, data, 4 * BLOCK, 2 * BLOCK));
    reader.start();
    reader.join(300);
    assertThat(reader.isAlive()).as("blocked with all four blocks in use").isTrue();
    runUntilDone(reader, waiting);

    AtomicReference<String> hex = new AtomicReference<>();
    Thread finisher = new Thread(() -> hex.set(digest.hex()));
    finisher.start();
    runUntilDone(finisher, waiting);
    assertThat(hex.get()).isEqualTo(sha256(data));
    assertThat(waiting).isEmpty();
  }

  /** Runs the queued hashing tasks, one at a time, until the (started) thread has ended. */
  private static void runUntilDone(Thread thread, List<Runnable> waiting) throws Exception {
    while (thread.isAlive()) {
      if (!waiting.isEmpty()) {
        waiting.remove(0).run();
      }
      thread.join(10);
    }
  }

  private static void update(BackgroundDigest digest, byte[] data, int offset, int length) {
    try {
      digest.update(data, offset, length);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String sha256(byte[] data) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
  }
}
