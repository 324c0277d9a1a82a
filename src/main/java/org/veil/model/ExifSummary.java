package org.veil.model;

import java.util.List;

/**
 * The facts an analyst reads first. Any field may be null when the file does not say it.
 *
 * @param takenAt ISO 8601 local date-time, with its offset when the file records one
 * @param aiClues human-readable clues that the image was generated or edited by a model
 */
public record ExifSummary(
    String make,
    String model,
    String bodySerial,
    String lens,
    String software,
    String takenAt,
    Double gpsLat,
    Double gpsLon,
    Double gpsAlt,
    Integer orientation,
    Integer width,
    Integer height,
    List<String> aiClues) {

  public static final ExifSummary EMPTY =
      new ExifSummary(
          null, null, null, null, null, null, null, null, null, null, null, null, List.of());

  public ExifSummary {
    aiClues = aiClues == null ? List.of() : List.copyOf(aiClues);
  }

  public boolean hasGps() {
    return gpsLat != null && gpsLon != null;
  }

  /**
   * The camera as an analyst reads it: "Canon EOS R5", not "Canon Canon EOS R5" (many models
   * already name their make); null when the file names neither.
   */
  public String camera() {
    String mk = make == null ? "" : make.strip();
    String md = model == null ? "" : model.strip();
    if (mk.isEmpty()
        || md.toLowerCase(java.util.Locale.ROOT)
            .startsWith(mk.toLowerCase(java.util.Locale.ROOT))) {
      return md.isEmpty() ? (mk.isEmpty() ? null : mk) : md;
    }
    return md.isEmpty() ? mk : mk + " " + md;
  }
}
