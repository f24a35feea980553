package org.servicetracker.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Small things backing beans do with the current faces request. */
public final class Pages {
  private Pages() {}

  public static void error(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  /**
   * Answers the request with an HTTP error (404 for something that does not exist or is not the
   * user's).
   */
  public static void sendError(int status) {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      context.getExternalContext().responseSendError(status, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }

  /**
   * Only paths inside this application: never an absolute URL or {@code //host}, so no open
   * redirect.
   */
  public static boolean isLocalPath(String path) {
    return path != null
        && path.startsWith("/")
        && !path.startsWith("//")
        && !path.contains("\\")
        && !path.contains("://");
  }

  /**
   * Post, redirect, get: sends the browser to a path of this application, so a reload never repeats
   * a change.
   */
  public static void redirect(String path) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + path);
  }

  /** Post, redirect, get to a tab of an order page, asking it to show a notice. */
  public static void redirectToOrder(String number, String tab, String notice) throws IOException {
    redirect(
        "/order.xhtml?number="
            + URLEncoder.encode(number, StandardCharsets.UTF_8)
            + "&tab="
            + tab
            + "&"
            + notice
            + "=true");
  }

  /**
   * The notices of {@code known} that this request asks for ({@code ?noteAdded=true} …), in their
   * order; none on a postback, where they belonged to the page before the form was sent.
   */
  public static List<String> requestedNotices(List<String> known) {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context.isPostback()) {
      return List.of();
    }
    Map<String, String> params = context.getExternalContext().getRequestParameterMap();
    return known.stream().filter(n -> "true".equals(params.get(n))).toList();
  }
}
