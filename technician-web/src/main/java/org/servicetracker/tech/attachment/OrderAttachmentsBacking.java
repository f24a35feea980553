package org.servicetracker.tech.attachment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.servicetracker.attachment.AttachmentService;
import org.servicetracker.attachment.AttachmentView;
import org.servicetracker.tech.identity.CurrentUser;
import org.servicetracker.tech.order.OrderBacking;

/** The order page's Attachments tab: the files staff may see (not assigned: not found). */
@Named
@RequestScoped
public class OrderAttachmentsBacking {
  @Inject AttachmentService attachments;
  @Inject CurrentUser currentUser;
  @Inject OrderBacking order;

  private List<AttachmentView> list;

  public List<AttachmentView> getAttachments() {
    if (list == null) {
      list = attachments.list(currentUser.actor(), order.getOrder().number());
    }
    return list;
  }
}
