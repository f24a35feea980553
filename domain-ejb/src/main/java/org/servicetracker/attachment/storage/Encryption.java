package org.servicetracker.attachment.storage;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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

  /** Before each sealed chunk: whether it is the last (a byte) and its plain length (an int). */
  private static final int CHUNK_HEADER = 1 + Integer.BYTES;

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

  /** Readies {@code cipher} for the chunk at {@code index}; one cipher serves a whole stream. */
  private static void init(
      Cipher cipher,
      int mode,
      SecretKey key,
      byte[] header,
      byte[] prefix,
      int index,
      boolean last) {
    try {
      byte[] nonce = ByteBuffer.allocate(12).put(prefix).putInt(index).array();
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(header);
      cipher.updateAAD(
          ByteBuffer.allocate(Integer.BYTES + 1).putInt(index).put((byte) (last ? 1 : 0)).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM could not be initialised", e);
    }
  }

  private static Cipher newCipher() {
    try {
      return Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * Hands out a piece of produced bytes and asks for the next one when it is used up. Pieces live
   * in buffers the producer reuses, so a stream of any length allocates nothing per chunk.
   */
  private abstract static class Producing extends InputStream {
    private ByteBuffer current = ByteBuffer.allocate(0);
    private boolean done;

    /** The next piece of output, valid until the following call, or {@code null} at the end. */
    abstract ByteBuffer next() throws IOException;

    private boolean fill() throws IOException {
      while (!done && !current.hasRemaining()) {
        ByteBuffer produced = next();
        if (produced == null) {
          done = true;
        } else {
          current = produced;
        }
      }
      return current.hasRemaining();
    }

    @Override
    public int read() throws IOException {
      return fill() ? current.get() & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (!fill()) {
        return -1;
      }
      int n = Math.min(len, current.remaining());
      current.get(b, off, n);
      return n;
    }

    /** Writes whole pieces, without copying them through a small buffer first. */
    @Override
    public long transferTo(OutputStream out) throws IOException {
      long total = 0;
      while (fill()) {
        int n = current.remaining();
        out.write(current.array(), current.arrayOffset() + current.position(), n);
        current.position(current.limit());
        total += n;
      }
      return total;
    }
  }

  private static final class Encrypting extends Producing {
    private final InputStream plain;
    private final SecretKey key;
    private final byte[] header;
    private final byte[] prefix;
    private final Cipher cipher = newCipher();
    private final byte[] buffer = new byte[CHUNK];
    private final byte[] sealed = new byte[CHUNK_HEADER + CHUNK + TAG_BITS / 8];
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
    ByteBuffer next() throws IOException {
      if (!headerSent) {
        headerSent = true;
        return ByteBuffer.wrap(header);
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
      init(cipher, Cipher.ENCRYPT_MODE, key, header, prefix, index++, last);
      try {
        ByteBuffer.wrap(sealed).put((byte) (last ? 1 : 0)).putInt(length);
        int n = cipher.doFinal(buffer, 0, length, sealed, CHUNK_HEADER);
        return ByteBuffer.wrap(sealed, 0, CHUNK_HEADER + n);
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
    private final Cipher cipher = newCipher();
    private final byte[] chunkHeader = new byte[CHUNK_HEADER];
    private final byte[] sealed = new byte[CHUNK + TAG_BITS / 8];
    private final byte[] opened = new byte[CHUNK];
    private int index;
    private boolean finished;

    Decrypting(DataInputStream in, SecretKey key, byte[] header, byte[] prefix) {
      this.in = in;
      this.key = key;
      this.header = header;
      this.prefix = prefix;
    }

    @Override
    ByteBuffer next() throws IOException {
      if (finished) {
        return null;
      }
      // The chunk's flag and length in one read: the stream below may be an unbuffered file.
      if (in.readNBytes(chunkHeader, 0, CHUNK_HEADER) != CHUNK_HEADER) {
        throw new EOFException("The encrypted attachment is cut off");
      }
      boolean last = chunkHeader[0] == 1;
      int length = ByteBuffer.wrap(chunkHeader, 1, 4).getInt();
      if (length < 0 || length > CHUNK) {
        throw new IOException("The encrypted attachment is damaged");
      }
      int sealedLength = length + TAG_BITS / 8;
      if (in.readNBytes(sealed, 0, sealedLength) != sealedLength) {
        throw new EOFException("The encrypted attachment is cut off");
      }
      try {
        init(cipher, Cipher.DECRYPT_MODE, key, header, prefix, index++, last);
        int n = cipher.doFinal(sealed, 0, sealedLength, opened, 0);
        if (last) {
          finished = true;
          if (in.read() >= 0) {
            throw new IOException("The encrypted attachment has bytes after its end");
          }
        }
        return ByteBuffer.wrap(opened, 0, n);
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
