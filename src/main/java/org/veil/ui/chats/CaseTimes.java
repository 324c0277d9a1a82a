package org.veil.ui.chats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Times as the analyst reads them: in the case's time zone, with the UTC offset written out, so a
 * time copied into a statement is never ambiguous.
 */
public final class CaseTimes {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xxx");

  private final ZoneId zone;

  public CaseTimes(ZoneId zone) {
    this.zone = zone == null ? ZoneId.of("UTC") : zone;
  }

  public ZoneId zone() {
    return zone;
  }

  /** {@code 2024-01-01 09:05:12 +09:00}; "no time" when the export gave none. */
  public String format(Instant instant) {
    return instant == null ? "no time" : FORMAT.format(instant.atZone(zone));
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
