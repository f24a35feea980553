package org.servicetracker.portal.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;

/** Small things backing beans do with the current faces request. */
public final class Pages {
  private Pages() {}

  public static void error(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  /** A message that survives a redirect. */
  public static void flash(String message) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().getFlash().setKeepMessages(true);
    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
  }

  public static String text(String key) {
    FacesContext context = FacesContext.getCurrentInstance();
    ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
    return bundle.getString(key);
  }

  /** Answers the request with an HTTP error (404 for something that does not exist or is not the user's). */
  public static void sendError(int status) {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      context.getExternalContext().responseSendError(status, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }

  /** Only paths inside this application: never an absolute URL or {@code //host}, so no open redirect. */
  public static boolean isLocalPath(String path) {
    return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") && !path.contains("://");
  }
}
