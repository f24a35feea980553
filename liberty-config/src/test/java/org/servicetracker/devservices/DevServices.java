package org.servicetracker.devservices;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Started by Maven (exec:java) before Liberty, in Maven's own JVM, and stopped when Maven exits.
 *
 * <p>Two details make that work: exec:java closes its class loader and waits for the non-daemon
 * threads of its thread group once {@code main} returns. So the services are loaded again through a
 * class loader of their own (which stays open while they run and load classes lazily), and started
 * in a thread of the parent thread group.
 */
public final class DevServices {

  private DevServices() {}

  public static void main(String[] args) throws Exception {
    if (!(DevServices.class.getClassLoader() instanceof URLClassLoader maven)) {
      throw new IllegalStateException("Expected exec:java to use a URLClassLoader");
    }
    ClassLoader own =
        new URLClassLoader("dev-services", maven.getURLs(), ClassLoader.getPlatformClassLoader());
    Method start = own.loadClass(DevServices.class.getName()).getDeclaredMethod("start");
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread starter =
        new Thread(
            Thread.currentThread().getThreadGroup().getParent(),
            () -> {
              try {
                start.invoke(null);
              } catch (InvocationTargetException e) {
                failure.set(e.getCause());
              } catch (ReflectiveOperationException e) {
                failure.set(e);
              }
            },
            "dev-services");
    starter.setContextClassLoader(own);
    starter.start();
    starter.join();
    if (failure.get() != null) {
      throw new IllegalStateException("Dev services did not start", failure.get());
    }
  }

  /** Called through the services' own class loader. */
  public static void start() throws Exception {
    Path dir = Path.of(System.getProperty("dev.dir", "target"));
    if (Boolean.parseBoolean(System.getProperty("dev.postgres.enabled", "true"))) {
      DevPostgres db =
          DevPostgres.start(
              dir.resolve("dev-postgres"), Integer.getInteger("dev.postgres.port", 15432));
      Runtime.getRuntime().addShutdownHook(new Thread(db::close));
    }
    if (System.getenv("ST_MAIL_HOST") == null) {
      DevMail smtp =
          DevMail.start(
              Integer.getInteger("dev.smtp.port", 2525),
              Integer.getInteger("dev.mail.viewer.port", 8025));
      Runtime.getRuntime().addShutdownHook(new Thread(smtp::close));
    }
  }
}
