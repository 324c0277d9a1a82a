package org.veil.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as fixed-width UTC text ({@code 2024-01-31T23:59:59.000Z}): readable in the database and
 * sorting as text in time order, which {@link Instant#toString()} does not (it drops zero
 * fractions).
 */
final class UtcText {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private UtcText() {}

  static String of(Instant instant) {
    return instant == null ? null : FORMAT.format(instant);
  }

  static Instant parse(String text) {
    return text == null ? null : Instant.parse(text);
  }
}
