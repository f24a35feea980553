package org.servicetracker.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileSizesTest {

  @Test
  void formatsInBinaryUnits() {
    assertThat(FileSizes.format(0)).isEqualTo("0 B");
    assertThat(FileSizes.format(1023)).isEqualTo("1023 B");
    assertThat(FileSizes.format(1536)).isEqualTo("1.5 KB");
    assertThat(FileSizes.format(12 * 1024 * 1024 + 1)).isEqualTo("12 MB");
    assertThat(FileSizes.format(AttachmentSettings.DEFAULT_MAX_BYTES)).isEqualTo("500 MB");
  }
}
