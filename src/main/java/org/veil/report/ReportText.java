package org.veil.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.veil.model.ExifSummary;
import org.veil.model.Item;
import org.veil.model.ItemCategory;
import org.veil.model.Tag;

/** Wording shared by the HTML and PDF reports, so both say the same thing the same way. */
final class ReportText {
  static final String BLURRED_NOTE =
      "Previews blurred. Thumbnails in this report are deliberately blurred; the evidence files"
          + " themselves are unchanged and identified by their hashes.";
  static final String CLEAR_NOTE =
      "Previews shown CLEAR at the examiner's explicit request; that request is recorded in the"
          + " case's audit log.";

  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT);

  private ReportText() {}

  /**
   * "2026-01-02 12:04:05 KST (2026-01-02T03:04:05Z)": the case's zone first, UTC for the record.
   */
  static String time(Instant at, ZoneId zone) {
    if (at == null) {
      return "-";
    }
    return LOCAL.format(at.atZone(zone)) + " (" + at + ")";
  }

  static String orDash(Object value) {
    return value == null || value.toString().isBlank() ? "-" : value.toString();
  }

  static String tags(List<Tag> tags) {
    return tags.isEmpty() ? "-" : tags.stream().map(Tag::name).collect(Collectors.joining(", "));
  }

  static String category(ItemCategory category, String label) {
    if (category == null) {
      return "uncategorised";
    }
    return category.scheme() + " " + category.value() + (label == null ? "" : " (" + label + ")");
  }

  static String categoryOrigin(ItemCategory category, ZoneId zone) {
    if (category == null) {
      return "-";
    }
    return category.provenance()
        + ", set by "
        + category.setBy()
        + " "
        + time(category.setAt(), zone);
  }

  static String dimensions(Item item) {
    return item.width() == null || item.height() == null
        ? "-"
        : item.width() + " x " + item.height() + " px";
  }

  static String gps(ExifSummary summary) {
    if (!summary.hasGps()) {
      return "-";
    }
    return String.format(
        Locale.ROOT,
        "%.6f, %.6f%s",
        summary.gpsLat(),
        summary.gpsLon(),
        summary.gpsAlt() == null ? "" : String.format(Locale.ROOT, " (%.1f m)", summary.gpsAlt()));
  }

  static String bytes(long n) {
    if (n < 1024) {
      return n + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double value = n;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s (%d bytes)", value, units[unit], n);
  }
}
