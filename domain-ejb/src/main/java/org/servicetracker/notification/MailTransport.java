package org.servicetracker.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/** Sends one plain-text e-mail over SMTP as configured. */
@ApplicationScoped
class MailTransport {
  @Inject OutboxSettings settings;

  void send(OutboxMessage message) throws MessagingException {
    Session session =
        Session.getInstance(
            settings.mailProperties(),
            new Authenticator() {
              @Override
              protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(
                    settings.username().orElse(""), settings.password().orElse(""));
              }
            });
    MimeMessage mime = new MimeMessage(session);
    mime.setFrom(new InternetAddress(settings.from()));
    mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.getRecipient()));
    mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
    mime.setText(message.getBody(), StandardCharsets.UTF_8.name());
    mime.setSentDate(Date.from(Instant.now()));
    // Lets a receiving system recognise a re-delivery of the same outbox row.
    mime.setHeader("X-Service-Tracker-Message", String.valueOf(message.getId()));
    Transport.send(mime);
  }
}
