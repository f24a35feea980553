package org.servicetracker.attachment.storage;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encryption at rest, as streams, so that a file of any size passes through in {@value #CHUNK}-byte
 * pieces. Format: a header (magic, key id, an 8-byte random nonce prefix), then chunks, each {@code
 * [final flag][plain length][AES-GCM ciphertext and tag]}. A chunk's nonce is the prefix and its
 * index; its additional data binds the header, the index and the final flag, so chunks cannot be
 * reordered, dropped or cut off at the end without decryption failing.
 */
public final class Encryption {
  static final int CHUNK = 64 * 1024;
  private static final byte[] MAGIC = "STE1".getBytes(StandardCharsets.US_ASCII);
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Encryption() {}

  /** The encrypted form of {@code plain}, produced as it is read. */
  public static InputStream encrypting(InputStream plain, KeyRing keys) {
    byte[] prefix = new byte[8];
    RANDOM.nextBytes(prefix);
    byte[] id = keys.activeId().getBytes(StandardCharsets.UTF_8);
    ByteBuffer header = ByteBuffer.allocate(MAGIC.length + 1 + id.length + prefix.length);
    header.put(MAGIC).put((byte) id.length).put(id).put(prefix);
    return new Encrypting(plain, keys.active(), header.array(), prefix);
  }

  /** The plain bytes of {@code stored}; fails on any sign of tampering or truncation. */
  public static InputStream decrypting(InputStream stored, KeyRing keys) throws IOException {
    DataInputStream in = new DataInputStream(stored);
    byte[] magic = in.readNBytes(MAGIC.length);
    if (!Arrays.equals(magic, MAGIC)) {
      throw new IOException("Not an encrypted attachment");
    }
    int idLength = in.readUnsignedByte();
    byte[] id = in.readNBytes(idLength);
    byte[] prefix = in.readNBytes(8);
    if (id.length != idLength || prefix.length != 8) {
      throw new EOFException("The encrypted attachment is cut off in its header");
    }
    ByteBuffer header = ByteBuffer.allocate(MAGIC.length + 1 + idLength + 8);
    header.put(MAGIC).put((byte) idLength).put(id).put(prefix);
    SecretKey key = keys.get(new String(id, StandardCharsets.UTF_8));
    return new Decrypting(in, key, header.array(), prefix);
  }

  private static Cipher cipher(
      int mode, SecretKey key, byte[] header, byte[] prefix, int index, boolean last) {
    try {
      byte[] nonce = ByteBuffer.allocate(12).put(prefix).putInt(index).array();
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(header);
      cipher.updateAAD(ByteBuffer.allocate(5).putInt(index).put((byte) (last ? 1 : 0)).array());
      return cipher;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /** Hands out a buffer of produced bytes and asks for the next one when it is used up. */
  private abstract static class Producing extends InputStream {
    private byte[] current = new byte[0];
    private int position;
    private boolean done;

    /** The next piece of output, or {@code null} at the end. */
    abstract byte[] next() throws IOException;

    private boolean fill() throws IOException {
      while (!done && position == current.length) {
        byte[] produced = next();
        if (produced == null) {
          done = true;
        } else {
          current = produced;
          position = 0;
        }
      }
      return position < current.length;
    }

    @Override
    public int read() throws IOException {
      return fill() ? current[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (!fill()) {
        return -1;
      }
      int n = Math.min(len, current.length - position);
      System.arraycopy(current, position, b, off, n);
      position += n;
      return n;
    }
  }

  private static final class Encrypting extends Producing {
    private final InputStream plain;
    private final SecretKey key;
    private final byte[] header;
    private final byte[] prefix;
    private final byte[] buffer = new byte[CHUNK];
    private int index;
    private boolean headerSent;
    private boolean finished;
    private int pending = -1;

    Encrypting(InputStream plain, SecretKey key, byte[] header, byte[] prefix) {
      this.plain = plain;
      this.key = key;
      this.header = header;
      this.prefix = prefix;
    }

    @Override
    byte[] next() throws IOException {
      if (!headerSent) {
        headerSent = true;
        return header;
      }
      if (finished) {
        return null;
      }
      int length = 0;
      if (pending >= 0) {
        buffer[length++] = (byte) pending;
        pending = -1;
      }
      length += plain.readNBytes(buffer, length, CHUNK - length);
      boolean last = length < CHUNK || (pending = plain.read()) < 0;
      finished = last;
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, header, prefix, index++, last);
      try {
        byte[] sealed = cipher.doFinal(buffer, 0, length);
        return ByteBuffer.allocate(5 + sealed.length)
            .put((byte) (last ? 1 : 0))
            .putInt(length)
            .put(sealed)
            .array();
      } catch (GeneralSecurityException e) {
        throw new IOException("Encryption failed", e);
      }
    }

    @Override
    public void close() throws IOException {
      plain.close();
    }
  }

  private static final class Decrypting extends Producing {
    private final DataInputStream in;
    private final SecretKey key;
    private final byte[] header;
    private final byte[] prefix;
    private int index;
    private boolean finished;

    Decrypting(DataInputStream in, SecretKey key, byte[] header, byte[] prefix) {
      this.in = in;
      this.key = key;
      this.header = header;
      this.prefix = prefix;
    }

    @Override
    byte[] next() throws IOException {
      if (finished) {
        return null;
      }
      int flag = in.read();
      if (flag < 0) {
        throw new EOFException("The encrypted attachment is cut off");
      }
      boolean last = flag == 1;
      int length = in.readInt();
      if (length < 0 || length > CHUNK) {
        throw new IOException("The encrypted attachment is damaged");
      }
      byte[] sealed = in.readNBytes(length + TAG_BITS / 8);
      if (sealed.length != length + TAG_BITS / 8) {
        throw new EOFException("The encrypted attachment is cut off");
      }
      try {
        byte[] opened =
            cipher(Cipher.DECRYPT_MODE, key, header, prefix, index++, last).doFinal(sealed);
        if (last) {
          finished = true;
          if (in.read() >= 0) {
            throw new IOException("The encrypted attachment has bytes after its end");
          }
        }
        return opened;
      } catch (GeneralSecurityException e) {
        throw new IOException("The encrypted attachment is damaged or was changed", e);
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
