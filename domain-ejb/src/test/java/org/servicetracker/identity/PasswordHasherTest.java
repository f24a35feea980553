package org.servicetracker.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final PasswordHasher hasher = new PasswordHasher(1_000);

  @Test
  void theRightPasswordMatchesAndAWrongOneDoesNot() {
    String hash = hasher.hash("correct horse");
    assertThat(hasher.matches("correct horse", hash)).isTrue();
    assertThat(hasher.matches("correct horsf", hash)).isFalse();
    assertThat(hasher.matches("", hash)).isFalse();
  }

  @Test
  void hashesAreSaltedAndSelfDescribing() {
    String first = hasher.hash("same");
    String second = hasher.hash("same");
    assertThat(first).isNotEqualTo(second).startsWith("pbkdf2-sha512$1000$");
    assertThat(first.split("\\$")).hasSize(4);
  }

  @Test
  void theDefaultWorkFactorIsStrong() {
    assertThat(new PasswordHasher().hash("x"))
        .startsWith("pbkdf2-sha512$" + PasswordHasher.DEFAULT_ITERATIONS + "$");
    assertThat(PasswordHasher.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(210_000);
  }

  @Test
  void aHashMadeWithOtherIterationsStillVerifies() {
    String old = new PasswordHasher(500).hash("legacy");
    assertThat(hasher.matches("legacy", old)).isTrue();
  }

  @Test
  void malformedHashesNeverMatch() {
    assertThat(hasher.matches("x", null)).isFalse();
    assertThat(hasher.matches("x", "plain-text")).isFalse();
    assertThat(hasher.matches("x", "md5$1$abc$def")).isFalse();
    assertThat(hasher.matches("x", "pbkdf2-sha512$notanumber$abc$def")).isFalse();
    assertThat(hasher.matches("x", "pbkdf2-sha512$1000$***$***")).isFalse();
  }
}
