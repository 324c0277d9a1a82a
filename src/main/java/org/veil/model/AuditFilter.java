package org.veil.model;

import java.time.Instant;
import java.util.Locale;

/**
 * What an audit view narrows the log to; every field is optional (null matches everything).
 *
 * @param examiner matched whole, ignoring case
 * @param action an action ({@code tag.added}) or a family ending in a dot ({@code tag.})
 * @param target a target as written in the log ({@code item:12}, {@code message:7}, {@code case})
 * @param from inclusive
 * @param to exclusive
 */
public record AuditFilter(String examiner, String action, String target, Instant from, Instant to) {
  public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

  public AuditFilter {
    examiner = blankToNull(examiner);
    action = blankToNull(action);
    target = blankToNull(target);
    if (from != null && to != null && !from.isBefore(to)) {
      throw new IllegalArgumentException("the time range ends before it starts");
    }
  }

  public boolean matches(AuditEvent event) {
    if (examiner != null && !examiner.equalsIgnoreCase(event.examiner())) {
      return false;
    }
    if (action != null) {
      String wanted = action.toLowerCase(Locale.ROOT);
      String actual = event.action().toLowerCase(Locale.ROOT);
      boolean family = wanted.endsWith(".");
      if (family ? !actual.startsWith(wanted) : !actual.equals(wanted)) {
        return false;
      }
    }
    if (target != null && !target.equalsIgnoreCase(event.target())) {
      return false;
    }
    if (from != null && event.at().isBefore(from)) {
      return false;
    }
    return to == null || event.at().isBefore(to);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
