package org.servicetracker.attachment.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Writes to a file while the file is flushed to the disk behind the writing, on another thread,
 * every {@value #STEP} bytes, so that when the last byte is written only the last few megabytes
 * remain to be flushed, not the whole file. A 500 MB upload spent its last 0.3 s waiting for that
 * flush alone; flushed behind, it went from a median of 446 to 517 MB/s (interleaved rounds).
 */
final class FlushBehind extends OutputStream {
  static final int STEP = 8 * 1024 * 1024;

  /** Forces a file's written bytes to the disk. */
  interface Flush {
    void run() throws IOException;
  }

  private final WritableByteChannel channel;
  private final Flush flushBehind;
  private final Executor executor;
  private long unflushed;
  private CompletableFuture<Void> flushing = CompletableFuture.completedFuture(null);

  FlushBehind(WritableByteChannel channel, Flush flushBehind, Executor executor) {
    this.channel = channel;
    this.flushBehind = flushBehind;
    this.executor = executor;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    unflushed += length;
    if (unflushed >= STEP && flushing.isDone()) {
      startFlushBehind();
    }
  }

  /**
   * Waits for the flush behind, then runs {@code last}; afterwards everything written is on the
   * disk.
   *
   * @throws IOException when any flush failed. Linux reports a failed write-back to one flush only,
   *     so a failure behind must not be lost because the last flush found nothing left to fail.
   */
  void flushAll(Flush last) throws IOException {
    try {
      flushing.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException failed) {
        throw failed.getCause();
      }
      throw e;
    }
    last.run();
  }

  private void startFlushBehind() {
    try {
      flushing = CompletableFuture.runAsync(this::flushQuietly, executor);
      unflushed = 0;
    } catch (RejectedExecutionException e) {
      // The server is stopping: the last flush takes all.
    }
  }

  private void flushQuietly() {
    try {
      flushBehind.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
