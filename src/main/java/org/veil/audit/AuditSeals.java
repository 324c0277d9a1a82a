package org.veil.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.veil.model.AuditEvent;
import org.veil.model.AuditSeal;

/**
 * Examiner sign-offs on the audit log. A seal is an {@code audit.sealed} event whose details name
 * the head it follows (sequence and hash) and how many events that covers; it is only written on an
 * intact chain, so a seal always vouches for rows that verified when it was made.
 */
public final class AuditSeals {
  public static final String SEALED = "audit.sealed";
  private static final JsonFactory JSON = new JsonFactory();
  private static final int MAX_STATEMENT = 2_000;

  private final AuditLog log;

  public AuditSeals(AuditLog log) {
    this.log = log;
  }

  /** The chain is broken: there is nothing trustworthy to seal. */
  public static final class BrokenChainException extends IllegalStateException {
    public BrokenChainException(String message) {
      super(message);
    }
  }

  /**
   * Seals the log at its current head.
   *
   * @throws BrokenChainException when the chain does not verify
   * @throws IllegalArgumentException when the log is empty or the statement is too long
   */
  public AuditSeal seal(String examiner, String statement) {
    String words = statement == null ? "" : statement.strip();
    if (words.length() > MAX_STATEMENT) {
      throw new IllegalArgumentException(
          "a seal statement has at most " + MAX_STATEMENT + " characters");
    }
    AuditVerification check = AuditVerifier.verify(log.store());
    if (!check.intact()) {
      throw new BrokenChainException(
          "the audit log does not verify, so it cannot be sealed: " + check.reason());
    }
    if (check.rows() == 0) {
      throw new IllegalArgumentException("the audit log is empty; there is nothing to seal");
    }
    AuditEvent event =
        log.store()
            .append(
                log.entryAfterHead(
                    examiner,
                    SEALED,
                    "audit",
                    head -> {
                      Map<String, Object> details = new LinkedHashMap<>();
                      details.put("sealed_seq", head.map(AuditEvent::seq).orElse(0L));
                      details.put(
                          "sealed_hash", head.map(AuditEvent::hash).orElse(AuditLog.GENESIS));
                      details.put("events", head.map(AuditEvent::seq).orElse(0L));
                      details.put("statement", words);
                      return details;
                    }));
    return of(event).orElseThrow();
  }

  /** Every seal in log order. */
  public List<AuditSeal> seals() {
    List<AuditSeal> out = new ArrayList<>();
    log.store().forEach(event -> of(event).ifPresent(out::add));
    return out;
  }

  public Optional<AuditSeal> latest() {
    List<AuditSeal> all = seals();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
  }

  /** The seal an event records, or empty for any other event (or unreadable details). */
  public static Optional<AuditSeal> of(AuditEvent event) {
    if (!SEALED.equals(event.action())) {
      return Optional.empty();
    }
    Map<String, String> facts = flatDetails(event.details());
    try {
      return Optional.of(
          new AuditSeal(
              event.seq(),
              event.at(),
              event.examiner(),
              Long.parseLong(facts.getOrDefault("sealed_seq", "-1")),
              facts.getOrDefault("sealed_hash", ""),
              Long.parseLong(facts.getOrDefault("events", "-1")),
              facts.getOrDefault("statement", ""),
              event.hash()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Top-level scalar fields of a details object as text. */
  static Map<String, String> flatDetails(String details) {
    Map<String, String> out = new LinkedHashMap<>();
    try (JsonParser parser = JSON.createParser(details)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return out;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value.isScalarValue()) {
          out.put(name, value == JsonToken.VALUE_NULL ? null : parser.getText());
        } else {
          parser.skipChildren();
        }
      }
    } catch (IOException e) {
      out.clear();
    }
    return out;
  }
}
