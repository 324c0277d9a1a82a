package org.veil.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Times as the analyst reads them: in the case's time zone, with the UTC offset written out, so a
 * time copied into a statement is never ambiguous. Every screen that shows a time uses this one
 * format.
 */
public final class CaseTimes {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xxx", java.util.Locale.ROOT);

  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", java.util.Locale.ROOT);

  private final ZoneId zone;

  public CaseTimes(ZoneId zone) {
    this.zone = zone == null ? ZoneId.of("UTC") : zone;
  }

  public ZoneId zone() {
    return zone;
  }

  /** {@code 2024-01-01 09:05:12 +09:00}; "no time" (in the UI's language) when there is none. */
  public String format(Instant instant) {
    return instant == null ? I18n.text("times.none") : FORMAT.format(instant.atZone(zone));
  }

  /**
   * A photo's EXIF date taken: with an offset it is a moment, shown in the case's zone like any
   * other; without one it is the camera's clock, shown as written and marked so.
   */
  public String taken(String takenAt) {
    if (takenAt == null || takenAt.isBlank()) {
      return I18n.text("common.none");
    }
    try {
      return format(OffsetDateTime.parse(takenAt.strip()).toInstant());
    } catch (DateTimeParseException notAMoment) {
      try {
        return I18n.format("times.cameraClock", LOCAL.format(LocalDateTime.parse(takenAt.strip())));
      } catch (DateTimeParseException unreadable) {
        return takenAt;
      }
    }
  }

  /** The start of a day in the case's zone: an inclusive lower bound. */
  public Instant startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay(zone).toInstant();
  }

  /** The start of the next day: the exclusive upper bound that makes {@code day} inclusive. */
  public Instant endOf(LocalDate day) {
    return day == null ? null : day.plusDays(1).atStartOfDay(zone).toInstant();
  }
}
