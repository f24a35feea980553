package org.servicetracker.web;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;

/**
 * The new-request form's staged files as the upload widget writes them into a hidden field: a JSON
 * array of {@code {id, name, sizeLabel}}. Only the ids matter here; the service checks they are the
 * user's own staged files.
 */
public final class StagedFiles {
  private StagedFiles() {}

  public static List<Long> ids(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readArray().stream()
          .filter(v -> v instanceof JsonObject)
          .map(v -> ((JsonObject) v).get("id"))
          .filter(v -> v instanceof JsonNumber)
          .map(v -> ((JsonNumber) v).longValue())
          .distinct()
          .toList();
    } catch (JsonException | ClassCastException e) {
      return List.of();
    }
  }
}
