package org.servicetracker.web.attachment;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.servicetracker.web.SignedIn;

/**
 * /attachments/* of a web module (mapped in its web.xml): uploads, downloads and staged files of
 * the signed-in user, see {@link AttachmentTransfer}.
 */
public class AttachmentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject AttachmentTransfer transfer;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    transfer.upload(request, response, SignedIn.actor(request));
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    transfer.download(request, response, SignedIn.actor(request));
  }

  @Override
  protected void doDelete(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    transfer.discard(request, response, SignedIn.actor(request));
  }
}
