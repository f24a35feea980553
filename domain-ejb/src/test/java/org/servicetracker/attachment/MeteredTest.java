package org.servicetracker.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import org.junit.jupiter.api.Test;

class MeteredTest {

  @Test
  void countsAndHashes() throws IOException {
    Metered metered = new Metered(new ByteArrayInputStream("abc".getBytes()), 3, Runnable::run);
    metered.transferTo(OutputStream.nullOutputStream());
    assertThat(metered.count()).isEqualTo(3);
    assertThat(metered.sha256())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(metered.overLimit()).isFalse();
    assertThat(metered.cutOff()).isFalse();
  }

  @Test
  void stopsAtTheLimit() {
    Metered metered = new Metered(new ByteArrayInputStream(new byte[10]), 9, Runnable::run);
    assertThatThrownBy(() -> metered.transferTo(OutputStream.nullOutputStream()))
        .isInstanceOf(IOException.class);
    assertThat(metered.overLimit()).isTrue();
    assertThat(metered.cutOff()).isFalse();
  }

  @Test
  void tellsASenderThatStoppedFromTheLimit() {
    InputStream stopping =
        new SequenceInputStream(
            new ByteArrayInputStream(new byte[5]),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IOException("Connection closed");
              }
            });
    Metered metered = new Metered(stopping, 9, Runnable::run);
    assertThatThrownBy(() -> metered.transferTo(OutputStream.nullOutputStream()))
        .hasMessage("Connection closed");
    assertThat(metered.cutOff()).isTrue();
    assertThat(metered.overLimit()).isFalse();
    assertThat(metered.count()).isEqualTo(5);
  }
}
