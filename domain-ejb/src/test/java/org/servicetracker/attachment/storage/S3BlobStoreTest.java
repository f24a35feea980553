package org.servicetracker.attachment.storage;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The S3 store against s3proxy, a real S3 API server, on a free local port. */
class S3BlobStoreTest extends BlobStoreContract {
  static final String ACCESS = "test-access";
  static final String SECRET = "test-secret-key";
  @TempDir static Path dir;
  static S3Proxy proxy;
  static S3BlobStore store;

  @BeforeAll
  static void startS3() throws Exception {
    Files.createDirectory(dir.resolve("attachments")); // the bucket
    proxy =
        S3Proxy.builder()
            .blobStore(new FilesystemNio2BlobStore(dir.toString()))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS, SECRET)
            .endpoint(URI.create("http://127.0.0.1:0"))
            .build();
    proxy.start();
    while (!proxy.getState().equals("STARTED")) {
      Thread.sleep(20);
    }
    store =
        new S3BlobStore(
            URI.create("http://127.0.0.1:" + proxy.getPort()),
            "us-east-1",
            "attachments",
            ACCESS,
            SECRET);
  }

  @AfterAll
  static void stopS3() throws Exception {
    proxy.stop();
  }

  @Override
  BlobStore store() {
    return store;
  }
}
