package org.veil.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.veil.model.AuditEvent;
import org.veil.store.AuditStore;

/**
 * The append-only, hash-chained record of everything done to a case. Each event's hash covers its
 * canonical form and the previous event's hash, so editing, deleting, inserting or reordering any
 * row breaks the chain from that row on.
 */
public final class AuditLog {
  /** The hash before the first event. */
  public static final String GENESIS = "0".repeat(64);

  private final AuditStore store;
  private final Clock clock;

  public AuditLog(AuditStore store) {
    this(store, Clock.systemUTC());
  }

  public AuditLog(AuditStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Appends one event; {@code details} become canonical JSON. */
  public AuditEvent record(String examiner, String action, String target, Map<String, ?> details) {
    return store.append(entry(examiner, action, target, details));
  }

  /**
   * The next event of the chain, built from whatever head the store has when it appends. Stores
   * that change case data hand this to their own write so the change and its row share one
   * transaction.
   */
  public AuditStore.Appender entry(
      String examiner, String action, String target, Map<String, ?> details) {
    String canonicalDetails = CanonicalJson.of(details == null ? Map.of() : details);
    Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    return head -> next(head, at, examiner, action, target, canonicalDetails);
  }

  /**
   * The next event, with details computed from the head it will follow. A seal uses this so the
   * head it names is exactly the row before it, even when other writers append at the same time.
   */
  public AuditStore.Appender entryAfterHead(
      String examiner,
      String action,
      String target,
      java.util.function.Function<java.util.Optional<AuditEvent>, Map<String, ?>> details) {
    Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    return head -> {
      Map<String, ?> facts = details.apply(head);
      return next(
          head, at, examiner, action, target, CanonicalJson.of(facts == null ? Map.of() : facts));
    };
  }

  /** The chain's step: the event after {@code head}, hashed over itself and head's hash. */
  private static AuditEvent next(
      java.util.Optional<AuditEvent> head,
      Instant at,
      String examiner,
      String action,
      String target,
      String canonicalDetails) {
    long seq = head.map(event -> event.seq() + 1).orElse(1L);
    String prev = head.map(AuditEvent::hash).orElse(GENESIS);
    String who = examiner == null || examiner.isBlank() ? "unknown" : examiner;
    String what = target == null ? "" : target;
    String hash = hash(seq, at, who, action, what, canonicalDetails, prev);
    return new AuditEvent(seq, at, who, action, what, canonicalDetails, prev, hash);
  }

  /** The clock events are stamped with; services stamp their own rows with it too. */
  public Clock clock() {
    return clock;
  }

  public AuditStore store() {
    return store;
  }

  /** SHA-256 over the canonical event, which includes the previous hash. */
  static String hash(
      long seq,
      Instant at,
      String examiner,
      String action,
      String target,
      String details,
      String prevHash) {
    Map<String, Object> canonical = new LinkedHashMap<>();
    canonical.put("seq", seq);
    canonical.put("at", at.toString());
    canonical.put("examiner", examiner);
    canonical.put("action", action);
    canonical.put("target", target);
    canonical.put("details", details);
    canonical.put("prev_hash", prevHash);
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha256.digest(CanonicalJson.of(canonical).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  static String hash(AuditEvent event) {
    return hash(
        event.seq(),
        event.at(),
        event.examiner(),
        event.action(),
        event.target(),
        event.details(),
        event.prevHash());
  }
}
