package org.servicetracker.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.util.function.Supplier;
import org.servicetracker.asset.AssetService;
import org.servicetracker.asset.AssetView;
import org.servicetracker.shared.Actor;
import org.servicetracker.shared.DomainException;

/**
 * The value of an asset field (an autocomplete of assets), between the asset and its id. An id the
 * signed-in user may not read, however it was sent, is refused with a message instead of being
 * dropped: the form comes back with what was entered.
 */
public final class AssetConverter implements Converter<AssetView> {
  private final AssetService assets;
  private final Supplier<Actor> actor;

  public AssetConverter(AssetService assets, Supplier<Actor> actor) {
    this.assets = assets;
    this.actor = actor;
  }

  @Override
  public AssetView getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return assets.get(actor.get(), Long.parseLong(value.strip()));
    } catch (NumberFormatException | DomainException e) {
      String text = "Choose one of the customer's assets from the suggestions.";
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, AssetView value) {
    return value == null ? "" : Long.toString(value.id());
  }
}
