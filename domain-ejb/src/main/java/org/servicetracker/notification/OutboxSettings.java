package org.servicetracker.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Configuration of mail ({@code st.mail.*}) and of the outbox worker ({@code st.outbox.*}). */
@ApplicationScoped
public class OutboxSettings {
  @Inject
  @ConfigProperty(name = "st.mail.host", defaultValue = "localhost")
  String host;

  @Inject
  @ConfigProperty(name = "st.mail.port", defaultValue = "2525")
  int port;

  @Inject
  @ConfigProperty(name = "st.mail.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "st.mail.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "st.mail.starttls", defaultValue = "false")
  boolean startTls;

  @Inject
  @ConfigProperty(
      name = "st.mail.from",
      defaultValue = "Service Tracker <no-reply@servicetracker.test>")
  String from;

  @Inject
  @ConfigProperty(name = "st.outbox.first-retry", defaultValue = "PT2S")
  Duration firstRetry;

  @Inject
  @ConfigProperty(name = "st.outbox.max-retry", defaultValue = "PT10M")
  Duration maxRetry;

  @Inject
  @ConfigProperty(name = "st.outbox.max-attempts", defaultValue = "60")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "st.outbox.batch-size", defaultValue = "20")
  int batchSize;

  @Inject
  @ConfigProperty(name = "st.outbox.stuck-after", defaultValue = "PT5M")
  Duration stuckAfter;

  Properties mailProperties() {
    Properties props = new Properties();
    props.put("mail.smtp.host", host);
    props.put("mail.smtp.port", Integer.toString(port));
    props.put("mail.smtp.connectiontimeout", "5000");
    props.put("mail.smtp.timeout", "10000");
    props.put("mail.smtp.writetimeout", "10000");
    props.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
    props.put("mail.smtp.auth", Boolean.toString(username.isPresent()));
    return props;
  }

  Optional<String> username() {
    return username;
  }

  Optional<String> password() {
    return password;
  }

  String from() {
    return from;
  }

  Backoff backoff() {
    return new Backoff(firstRetry, maxRetry);
  }

  int maxAttempts() {
    return maxAttempts;
  }

  int batchSize() {
    return batchSize;
  }

  /** A due message older than this means the worker is not delivering: readiness reports it. */
  public Duration stuckAfter() {
    return stuckAfter;
  }
}
