package org.servicetracker.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void keepsOrdinaryNames() {
    assertThat(FileNames.sanitise("Pump PO-4711 (final).pdf"))
        .isEqualTo("Pump PO-4711 (final).pdf");
    assertThat(FileNames.sanitise("Ölpumpe Übersicht.xlsx")).isEqualTo("Ölpumpe Übersicht.xlsx");
  }

  @Test
  void dropsPathsOfEitherKind() {
    assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
    assertThat(FileNames.sanitise("C:\\Users\\me\\photo.jpg")).isEqualTo("photo.jpg");
  }

  @Test
  void replacesReservedAndControlCharacters() {
    assertThat(FileNames.sanitise("a<b>:c\"d|e?f*.txt")).isEqualTo("a_b__c_d_e_f_.txt");
    assertThat(FileNames.sanitise("evil\r\nContent-Type: x.pdf"))
        .isEqualTo("evil__Content-Type_ x.pdf");
    assertThat(FileNames.sanitise("invoice\u202Efdp.exe")).isEqualTo("invoice_fdp.exe");
  }

  @Test
  void hiddenAndEmptyNamesBecomeVisible() {
    assertThat(FileNames.sanitise(".htaccess")).isEqualTo("htaccess");
    assertThat(FileNames.sanitise("  ... ")).isEqualTo("file");
    assertThat(FileNames.sanitise(null)).isEqualTo("file");
  }

  @Test
  void longNamesKeepTheirExtension() {
    String name = FileNames.sanitise("x".repeat(400) + ".jpeg");
    assertThat(name).hasSize(FileNames.MAX).endsWith("x.jpeg");
  }
}
