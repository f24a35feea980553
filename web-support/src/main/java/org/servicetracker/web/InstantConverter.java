package org.servicetracker.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Shows instants as "5 Mar 2026 14:05" in the server's time zone; Faces 4.0 cannot format Instant
 * itself. Each web module registers it for Instant in its faces-config.xml.
 */
public class InstantConverter implements Converter<Instant> {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
          .withZone(ZoneId.systemDefault());

  @Override
  public String getAsString(FacesContext context, UIComponent component, Instant value) {
    return value == null ? "" : FORMAT.format(value);
  }

  @Override
  public Instant getAsObject(FacesContext context, UIComponent component, String value) {
    throw new UnsupportedOperationException("Instants are only displayed");
  }
}
