package org.servicetracker.tech.attachment;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.servicetracker.tech.identity.CurrentUser;
import org.servicetracker.web.attachment.AttachmentTransfer;

/** /attachments/*: uploads and downloads of the signed-in staff user (see AttachmentTransfer). */
@WebServlet("/attachments/*")
public class AttachmentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject AttachmentTransfer transfer;
  @Inject CurrentUser currentUser;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    transfer.upload(request, response, currentUser.actor());
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    transfer.download(request, response, currentUser.actor());
  }

  @Override
  protected void doDelete(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    transfer.discard(request, response, currentUser.actor());
  }
}
