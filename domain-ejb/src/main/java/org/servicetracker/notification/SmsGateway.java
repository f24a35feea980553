package org.servicetracker.notification;

import java.io.IOException;

/** Sends text messages; the outbox retries a failed send with back-off. */
public interface SmsGateway {

  /**
   * @throws java.net.ConnectException when the gateway cannot be reached (the batch pauses)
   * @throws IOException when the gateway refused the message
   */
  void send(String phone, String text) throws IOException;
}
