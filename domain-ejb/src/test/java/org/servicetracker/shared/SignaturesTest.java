package org.servicetracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SignaturesTest {
  private static final byte[] BODY =
      "{\"reference\":\"PAY-1\",\"status\":\"paid\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void theSignatureIsTheHmacSha256OfTheMessageInHex() {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
    assertThat(Signatures.sign("Jefe", "what do ya want for nothing?"))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void onlyTheBodysOwnSignatureWithTheSharedSecretVerifies() {
    String signature = Signatures.sign("secret", BODY);

    assertThat(Signatures.verify("secret", BODY, signature)).isTrue();
    assertThat(Signatures.verify("secret", BODY, signature.toUpperCase())).isTrue();
    assertThat(Signatures.verify("other", BODY, signature)).isFalse();
    byte[] changed = BODY.clone();
    changed[5] ^= 1;
    assertThat(Signatures.verify("secret", changed, signature)).isFalse();
    assertThat(Signatures.verify("secret", BODY, null)).isFalse();
    assertThat(Signatures.verify("secret", BODY, "")).isFalse();
  }
}
