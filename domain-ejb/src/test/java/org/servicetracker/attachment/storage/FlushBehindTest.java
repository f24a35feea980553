package org.servicetracker.attachment.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FlushBehindTest {
  private final ByteArrayOutputStream file = new ByteArrayOutputStream();
  private final AtomicInteger flushesBehind = new AtomicInteger();
  private final AtomicInteger lastFlushes = new AtomicInteger();

  private FlushBehind writingTo(FlushBehind.Flush flush, Executor executor) {
    return new FlushBehind(Channels.newChannel(file), flush, executor);
  }

  @Test
  void writesEverythingAndFlushesBehindEveryStep() throws IOException {
    FlushBehind out = writingTo(flushesBehind::incrementAndGet, Runnable::run);
    byte[] bytes = EncryptionTest.random(3 * FlushBehind.STEP + 10);
    for (int offset = 0; offset < bytes.length; offset += 65536) {
      out.write(bytes, offset, Math.min(65536, bytes.length - offset));
    }
    out.write(7);

    assertThat(flushesBehind).hasValue(3);
    out.flushAll(lastFlushes::incrementAndGet);
    assertThat(lastFlushes).hasValue(1);
    assertThat(file.toByteArray()).startsWith(bytes).endsWith(7).hasSize(bytes.length + 1);
  }

  @Test
  void flushesBehindOneAtATime() throws IOException {
    Queue<Runnable> waiting = new ArrayDeque<>();
    FlushBehind out = writingTo(flushesBehind::incrementAndGet, waiting::add);
    byte[] step = new byte[FlushBehind.STEP];

    out.write(step);
    out.write(step);
    assertThat(waiting).hasSize(1);

    waiting.remove().run();
    out.write(step);
    assertThat(waiting).hasSize(1);
    waiting.remove().run();
    assertThat(flushesBehind).hasValue(2);
  }

  @Test
  void aFailedFlushBehindFailsTheLastFlushThatFindsNothingLeftToFail() throws IOException {
    FlushBehind out =
        writingTo(
            () -> {
              throw new IOException("write-back failed");
            },
            Runnable::run);
    out.write(new byte[FlushBehind.STEP]);

    assertThatThrownBy(() -> out.flushAll(lastFlushes::incrementAndGet))
        .isInstanceOf(IOException.class)
        .hasMessage("write-back failed");
    assertThat(lastFlushes).hasValue(0);
  }

  @Test
  void aStoppingExecutorLeavesEverythingToTheLastFlush() throws IOException {
    FlushBehind out =
        writingTo(
            flushesBehind::incrementAndGet,
            task -> {
              throw new RejectedExecutionException("stopping");
            });
    out.write(new byte[2 * FlushBehind.STEP]);

    out.flushAll(lastFlushes::incrementAndGet);
    assertThat(flushesBehind).hasValue(0);
    assertThat(lastFlushes).hasValue(1);
    assertThat(file.size()).isEqualTo(2 * FlushBehind.STEP);
  }
}
