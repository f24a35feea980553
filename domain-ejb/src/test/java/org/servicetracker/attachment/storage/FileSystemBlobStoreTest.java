package org.servicetracker.attachment.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStoreTest extends BlobStoreContract {
  @TempDir Path dir;

  @Override
  BlobStore store() {
    return new FileSystemBlobStore(dir, ForkJoinPool.commonPool());
  }

  /** Not even a partial file of a failed upload stays behind. */
  @AfterEach
  void noPartialFilesRemain() throws IOException {
    if (!Files.exists(dir.resolve(".incoming"))) {
      return;
    }
    try (Stream<Path> incoming = Files.list(dir.resolve(".incoming"))) {
      assertThat(incoming).isEmpty();
    }
  }
}
