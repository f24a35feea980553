package org.servicetracker.web.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicetracker.attachment.AttachmentService;
import org.servicetracker.attachment.FileSizes;

/** What the upload widget tells the browser: the size limit, so it can refuse before sending. */
@Named("uploads")
@ApplicationScoped
public class Uploads {
  @Inject AttachmentService attachments;

  public long getMaxBytes() {
    return attachments.maxBytes();
  }

  /** Shown for a file over the limit; the script puts the file's name for {0}. */
  public String getTooLargeMessage() {
    return "{0} is larger than "
        + FileSizes.format(getMaxBytes())
        + ", the most a file can be. Compress it, or ask support for a secure upload link.";
  }

  public String getLimitHint() {
    return "Images, PDFs, spreadsheets and other documents up to "
        + FileSizes.format(getMaxBytes())
        + " each.";
  }
}
