package org.servicetracker.attachment.storage;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Objects as files below one directory (a shared volume when several servers run), spread over
 * sub-directories by the first characters of the key. A file appears under its name only when it is
 * complete: it is written under {@code .incoming} and moved into place.
 */
public final class FileSystemBlobStore implements BlobStore {
  private final Path root;
  private final Path incoming;

  public FileSystemBlobStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.incoming = this.root.resolve(".incoming");
  }

  @Override
  public void put(String key, InputStream content) throws IOException {
    Path target = pathOf(key);
    Files.createDirectories(incoming);
    Files.createDirectories(target.getParent());
    Path part = incoming.resolve(UUID.randomUUID() + ".part");
    try {
      Files.copy(content, part);
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(part);
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
