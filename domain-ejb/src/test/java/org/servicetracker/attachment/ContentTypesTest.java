package org.servicetracker.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.servicetracker.shared.ValidationException;

class ContentTypesTest {
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

  @Test
  void theBytesDecideNotTheName() {
    assertThat(ContentTypes.detect(PNG, "looks-like.pdf")).isEqualTo("image/png");
    assertThat(ContentTypes.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "x.png"))
        .isEqualTo("application/pdf");
  }

  @Test
  void theNameRefinesPlainText() {
    assertThat(ContentTypes.detect("a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII), "data.csv"))
        .isEqualTo("text/csv");
  }

  @Test
  void programsAreRefused() {
    byte[] windowsProgram = new byte[256];
    windowsProgram[0] = 'M';
    windowsProgram[1] = 'Z';
    assertThatThrownBy(() -> ContentTypes.detect(windowsProgram, "manual.pdf"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("program");
  }
}
