package org.veil.audit;

import java.util.List;
import java.util.Optional;
import org.veil.model.AuditEvent;
import org.veil.store.AuditStore;

/** Recomputes the chain row by row and names the first row that does not fit. */
public final class AuditVerifier {
  private AuditVerifier() {}

  /** A seal vouches for exactly the rows before it: its head is its own previous row. */
  private static boolean sealFits(AuditEvent event) {
    return AuditSeals.of(event)
        .map(
            seal ->
                seal.sealedSeq() == event.seq() - 1
                    && seal.events() == event.seq() - 1
                    && seal.sealedHash().equals(event.prevHash()))
        .orElse(false);
  }

  public static AuditVerification verify(AuditStore store) {
    List<AuditEvent> events = store.all();
    String prev = AuditLog.GENESIS;
    long expectedSeq = 1;
    for (AuditEvent event : events) {
      if (event.seq() != expectedSeq) {
        return AuditVerification.broken(
            events.size(),
            event.seq(),
            "row "
                + event.seq()
                + " stands where row "
                + expectedSeq
                + " should (a row was deleted, inserted or reordered)");
      }
      if (!event.prevHash().equals(prev)) {
        return AuditVerification.broken(
            events.size(),
            event.seq(),
            "row " + event.seq() + " does not link to the row before it");
      }
      if (!AuditLog.hash(event).equals(event.hash())) {
        return AuditVerification.broken(
            events.size(),
            event.seq(),
            "row " + event.seq() + " was changed after it was written (hash mismatch)");
      }
      if (AuditSeals.SEALED.equals(event.action()) && !sealFits(event)) {
        return AuditVerification.broken(
            events.size(),
            event.seq(),
            "row " + event.seq() + " is a seal that does not name the row before it");
      }
      prev = event.hash();
      expectedSeq++;
    }
    Optional<String> anchor = store.anchoredHead();
    String actualHead = events.isEmpty() ? null : (expectedSeq - 1) + ":" + prev;
    if (anchor.isPresent() && !anchor.get().equals(actualHead)) {
      long anchoredSeq = Long.parseLong(anchor.get().substring(0, anchor.get().indexOf(':')));
      return AuditVerification.broken(
          events.size(),
          Math.min(anchoredSeq, expectedSeq),
          "the log ends at row "
              + (expectedSeq - 1)
              + " but the case recorded its head at row "
              + anchoredSeq
              + " (rows were cut off the end)");
    }
    return AuditVerification.ok(events.size());
  }
}
