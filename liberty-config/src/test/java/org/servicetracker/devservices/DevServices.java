package org.servicetracker.devservices;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Started by Maven (exec:java) before Liberty, in Maven's own JVM, and stopped when Maven exits. Runs the services in
 * a thread of the parent thread group so that exec:java, which waits for the non-daemon threads of its own group,
 * returns at once and lets Maven go on to start Liberty.
 */
public final class DevServices {

  private DevServices() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(System.getProperty("dev.dir", "target"));
    boolean postgres = Boolean.parseBoolean(System.getProperty("dev.postgres.enabled", "true"));
    int postgresPort = Integer.getInteger("dev.postgres.port", 15432);
    int smtpPort = Integer.getInteger("dev.smtp.port", 2525);
    int viewerPort = Integer.getInteger("dev.mail.viewer.port", 8025);
    boolean mail = System.getenv("ST_MAIL_HOST") == null;

    AtomicReference<Exception> failure = new AtomicReference<>();
    Thread starter =
        new Thread(
            Thread.currentThread().getThreadGroup().getParent(),
            () -> {
              try {
                if (postgres) {
                  DevPostgres db = DevPostgres.start(dir.resolve("dev-postgres"), postgresPort);
                  Runtime.getRuntime().addShutdownHook(new Thread(db::close));
                }
                if (mail) {
                  DevMail smtp = DevMail.start(smtpPort, viewerPort);
                  Runtime.getRuntime().addShutdownHook(new Thread(smtp::close));
                }
              } catch (Exception e) {
                failure.set(e);
              }
            },
            "dev-services");
    starter.start();
    starter.join();
    if (failure.get() != null) {
      throw failure.get();
    }
  }
}
