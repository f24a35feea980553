package org.servicetracker.attachment.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EncryptionTest {
  static final String KEY_A = "a:" + Base64.getEncoder().encodeToString(new byte[32]);
  static final String KEY_B = "b:" + Base64.getEncoder().encodeToString(filled(32, 7));
  static final KeyRing KEYS = KeyRing.parse(KEY_A);

  @ParameterizedTest
  @ValueSource(ints = {0, 1, Encryption.CHUNK - 1, Encryption.CHUNK, Encryption.CHUNK + 1, 300_001})
  void roundTripsEverySize(int size) throws IOException {
    byte[] plain = random(size);
    byte[] sealed = encrypt(plain, KEYS);
    assertThat(indexOf(sealed, Arrays.copyOf(plain, Math.min(size, 64)))).isNegative();
    assertThat(decrypt(sealed, KEYS)).isEqualTo(plain);
  }

  @Test
  void aTransferWritesWholeChunksAndAByteAtATimeReadsTheSame() throws IOException {
    byte[] plain = random(3 * Encryption.CHUNK + 17);
    byte[] sealed = encrypt(plain, KEYS);
    List<Integer> writes = new ArrayList<>();
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void write(byte[] b, int off, int len) {
            writes.add(len);
            super.write(b, off, len);
          }
        };
    try (InputStream in = Encryption.decrypting(new ByteArrayInputStream(sealed), KEYS)) {
      assertThat(in.transferTo(out)).isEqualTo(plain.length);
    }
    assertThat(out.toByteArray()).isEqualTo(plain);
    assertThat(writes).containsExactly(Encryption.CHUNK, Encryption.CHUNK, Encryption.CHUNK, 17);

    ByteArrayOutputStream oneByOne = new ByteArrayOutputStream();
    try (InputStream in = Encryption.decrypting(new ByteArrayInputStream(sealed), KEYS)) {
      for (int b = in.read(); b >= 0; b = in.read()) {
        oneByOne.write(b);
      }
    }
    assertThat(oneByOne.toByteArray()).isEqualTo(plain);
  }

  @Test
  void encryptingTheSameBytesTwiceDiffers() throws IOException {
    byte[] plain = random(1000);
    assertThat(encrypt(plain, KEYS)).isNotEqualTo(encrypt(plain, KEYS));
  }

  @Test
  void aChangedByteIsDetected() throws IOException {
    byte[] sealed = encrypt(random(200_000), KEYS);
    sealed[sealed.length / 2] ^= 1;
    assertThatThrownBy(() -> decrypt(sealed, KEYS)).isInstanceOf(IOException.class);
  }

  @Test
  void aCutOffFileIsDetected() throws IOException {
    byte[] sealed = encrypt(random(3 * Encryption.CHUNK), KEYS);
    int oneChunk = 5 + Encryption.CHUNK + 16;
    assertThatThrownBy(() -> decrypt(Arrays.copyOf(sealed, sealed.length - oneChunk), KEYS))
        .isInstanceOf(IOException.class);
  }

  @Test
  void olderKeysStillDecryptAfterRotation() throws IOException {
    byte[] plain = random(5000);
    byte[] sealedWithA = encrypt(plain, KEYS);
    KeyRing rotated = KeyRing.parse(KEY_B + "," + KEY_A);
    assertThat(decrypt(sealedWithA, rotated)).isEqualTo(plain);
    assertThatThrownBy(() -> decrypt(encrypt(plain, rotated), KEYS))
        .hasMessageContaining("not configured");
  }

  @Test
  void badKeysAreExplained() {
    assertThatThrownBy(() -> KeyRing.parse("nokey")).hasMessageContaining("id:base64");
    assertThatThrownBy(() -> KeyRing.parse("k:AAAA")).hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> KeyRing.parse("k:***")).hasMessageContaining("base64");
  }

  static byte[] encrypt(byte[] plain, KeyRing keys) throws IOException {
    try (InputStream in = Encryption.encrypting(new ByteArrayInputStream(plain), keys)) {
      return in.readAllBytes();
    }
  }

  static byte[] decrypt(byte[] sealed, KeyRing keys) throws IOException {
    try (InputStream in = Encryption.decrypting(new ByteArrayInputStream(sealed), keys)) {
      return in.readAllBytes();
    }
  }

  static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }

  private static byte[] filled(int size, int value) {
    byte[] bytes = new byte[size];
    Arrays.fill(bytes, (byte) value);
    return bytes;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    if (needle.length < 16) {
      return -1;
    }
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    return -1;
  }
}
