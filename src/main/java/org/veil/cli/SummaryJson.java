package org.veil.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.veil.model.ExifSummary;

/**
 * The JSON spelling of an {@link ExifSummary}: snake_case names, JSON null for what the file does
 * not say. Shared by {@code veil metadata} and {@code veil items} so both use the same names.
 */
public final class SummaryJson {
  /** Every field name, in the order they are written. */
  public static final List<String> FIELDS =
      List.of(
          "make",
          "model",
          "body_serial",
          "lens",
          "software",
          "taken_at",
          "gps_lat",
          "gps_lon",
          "gps_alt",
          "orientation",
          "width",
          "height",
          "ai_clues");

  private SummaryJson() {}

  /** Writes {@code "name": {...all summary fields...}} into the current object. */
  public static void writeObject(JsonGenerator json, String name, ExifSummary summary)
      throws IOException {
    json.writeObjectFieldStart(name);
    writeFields(json, summary);
    json.writeEndObject();
  }

  /** Writes every summary field into the current object. */
  public static void writeFields(JsonGenerator json, ExifSummary summary) throws IOException {
    ExifSummary s = summary == null ? ExifSummary.EMPTY : summary;
    for (String field : FIELDS) {
      writeField(json, field, s);
    }
  }

  /** Writes one summary field by its JSON name, for listings that carry only some of them. */
  public static void writeField(JsonGenerator json, String field, ExifSummary s)
      throws IOException {
    switch (field) {
      case "make" -> JsonLines.field(json, field, s.make());
      case "model" -> JsonLines.field(json, field, s.model());
      case "body_serial" -> JsonLines.field(json, field, s.bodySerial());
      case "lens" -> JsonLines.field(json, field, s.lens());
      case "software" -> JsonLines.field(json, field, s.software());
      case "taken_at" -> JsonLines.field(json, field, s.takenAt());
      case "gps_lat" -> JsonLines.field(json, field, s.gpsLat());
      case "gps_lon" -> JsonLines.field(json, field, s.gpsLon());
      case "gps_alt" -> JsonLines.field(json, field, s.gpsAlt());
      case "orientation" -> JsonLines.field(json, field, s.orientation());
      case "width" -> JsonLines.field(json, field, s.width());
      case "height" -> JsonLines.field(json, field, s.height());
      case "ai_clues" -> JsonLines.field(json, field, s.aiClues());
      default -> throw new IllegalArgumentException("not a summary field: " + field);
    }
  }
}
