package org.servicetracker.attachment.storage;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * Objects as files below one directory (a shared volume when several servers run), spread over
 * sub-directories by the first characters of the key. A file appears under its name only when it is
 * complete and on disk: it is written under {@code .incoming}, forced to the disk (most of it while
 * it is written, on the executor's threads) and moved into place.
 */
public final class FileSystemBlobStore implements BlobStore {
  private final Path root;
  private final Path incoming;
  private final Executor flushing;

  public FileSystemBlobStore(Path root, Executor flushing) {
    this.root = root.toAbsolutePath().normalize();
    this.incoming = this.root.resolve(".incoming");
    this.flushing = flushing;
  }

  @Override
  public void put(String key, InputStream content) throws IOException {
    Path target = pathOf(key);
    Files.createDirectories(incoming);
    Files.createDirectories(target.getParent());
    Path part = incoming.resolve(UUID.randomUUID() + ".part");
    try {
      try (FileChannel channel = FileChannel.open(part, CREATE_NEW, WRITE)) {
        FlushBehind out = new FlushBehind(channel, () -> channel.force(false), flushing);
        content.transferTo(out);
        // On disk before the database records the file: a crash must not keep a row without bytes.
        out.flushAll(() -> channel.force(true));
      }
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
      force(target.getParent());
    } finally {
      Files.deleteIfExists(part);
    }
  }

  /** Makes a directory's entries (a file moved in) durable, as Linux and macOS allow. */
  private static void force(Path directory) throws IOException {
    try (FileChannel channel = FileChannel.open(directory, READ)) {
      channel.force(true);
    } catch (IOException e) {
      if (!System.getProperty("os.name", "").startsWith("Windows")) {
        throw e;
      }
    }
  }

  @Override
  public InputStream get(String key) throws IOException {
    try {
      return Files.newInputStream(pathOf(key));
    } catch (NoSuchFileException e) {
      throw new FileNotFoundException("No stored object " + key);
    }
  }

  @Override
  public void delete(String key) throws IOException {
    Files.deleteIfExists(pathOf(key));
  }

  @Override
  public boolean exists(String key) {
    return Files.isRegularFile(pathOf(key));
  }

  @Override
  public void check() throws IOException {
    Files.createDirectories(incoming);
    if (!Files.isWritable(incoming)) {
      throw new IOException("The attachment directory " + root + " is not writable");
    }
  }

  private Path pathOf(String key) {
    Keys.requireValid(key);
    return root.resolve(key.substring(0, 2)).resolve(key);
  }

  @Override
  public String toString() {
    return "directory " + root;
  }
}
