package org.veil.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * {@code --from} and {@code --to} of {@code veil search}: a UTC day ({@code 2024-01-05}, the whole
 * day for {@code --to}) or an exact time ({@code 2024-01-05T10:00:00Z}, {@code
 * 2024-01-05T19:00+09:00}).
 */
final class SearchDates {
  private SearchDates() {}

  /** Inclusive lower bound. */
  static Instant from(String text) {
    return text == null ? null : parse(text, "--from", false);
  }

  /** Exclusive upper bound: after the whole day for a date, the time itself for a time. */
  static Instant to(String text) {
    return text == null ? null : parse(text, "--to", true);
  }

  private static Instant parse(String text, String option, boolean endOfDay) {
    String value = text.strip();
    try {
      if (value.length() == 10) {
        LocalDate day = LocalDate.parse(value);
        return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new CliFailure(
          option
              + " "
              + text
              + " is not a date (2024-01-05) or a time with its offset (2024-01-05T10:00:00Z)");
    }
  }
}
