package org.servicetracker.notification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Once a day, one mail per user with everything that waited for their digest, through the outbox.
 * Entries are claimed with {@code FOR UPDATE SKIP LOCKED}, so several servers never send the same
 * entry twice.
 */
@Singleton
public class DailyDigest {
  @PersistenceContext(unitName = "servicetracker")
  EntityManager em;

  @Inject Outbox outbox;

  @Inject
  @ConfigProperty(name = "st.public-url", defaultValue = "http://localhost:9080")
  String publicUrl;

  @Schedule(hour = "7", minute = "0", persistent = false)
  public void send() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT i.id, u.email, u.notification_email, u.display_name, i.title, i.order_number"
                    + " FROM inbox_item i JOIN app_user u ON u.id = i.user_id"
                    + " WHERE i.awaiting_digest AND u.active ORDER BY i.user_id, i.id FOR UPDATE OF i SKIP LOCKED")
            .getResultList();
    StringBuilder body = null;
    String recipient = null;
    for (Object[] row : rows) {
      String to = row[2] != null ? (String) row[2] : (String) row[1];
      if (!to.equals(recipient)) {
        mail(recipient, body);
        recipient = to;
        body =
            new StringBuilder(
                "Hello " + row[3] + ",\n\nHere is what happened on your requests:\n\n");
      }
      body.append("- ").append(row[4]);
      if (row[5] != null) {
        body.append("\n  ").append(publicUrl).append("/portal/order.xhtml?number=").append(row[5]);
      }
      body.append('\n');
      em.createNativeQuery("UPDATE inbox_item SET awaiting_digest = FALSE WHERE id = ?1")
          .setParameter(1, ((Number) row[0]).longValue())
          .executeUpdate();
    }
    mail(recipient, body);
  }

  private void mail(String recipient, StringBuilder body) {
    if (recipient != null) {
      outbox.email(
          recipient,
          "Your daily Service Tracker digest",
          body + "\nYou get one mail a day because you chose the daily digest in your profile.\n");
    }
  }
}
