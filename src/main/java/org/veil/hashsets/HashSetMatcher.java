package org.veil.hashsets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veil.audit.AuditLog;
import org.veil.model.CategoryChange;
import org.veil.model.HashMatch;
import org.veil.model.HashSetFormat;
import org.veil.model.HashSetKind;
import org.veil.model.HashSetMatchSummary;
import org.veil.model.Hashes;
import org.veil.model.KnownHashSet;
import org.veil.store.CaseDatabase;
import org.veil.store.HashSetStore;
import org.veil.store.NsrlFile;
import org.veil.tagging.Tagging;

/**
 * Compares the case's items with its known-hash sets: matches are recorded per item and set, VICS
 * and CSV categories are applied through {@link Tagging} with provenance {@code hashset:<name>}
 * (never over an examiner's decision), and items in known-file sets are marked so views can hide
 * them. Re-running is harmless: recorded matches are not recorded twice.
 */
public final class HashSetMatcher {
  private final HashSetStore store;
  private final Tagging tagging;
  private final AuditLog audit;

  public HashSetMatcher(CaseDatabase db, Tagging tagging, AuditLog audit) {
    this.store = new HashSetStore(db);
    this.tagging = tagging;
    this.audit = audit;
  }

  /** Matches every item against every set ({@code veil hashset match}). */
  public List<HashSetMatchSummary> matchAll(String examiner) throws IOException {
    List<HashSetMatchSummary> out = new ArrayList<>();
    for (KnownHashSet set : store.sets()) {
      out.add(match(examiner, set, null, true));
    }
    return out;
  }

  /** Matches every item against one set. */
  public HashSetMatchSummary matchAll(String examiner, String setName) throws IOException {
    KnownHashSet set =
        store
            .set(setName)
            .orElseThrow(() -> new IllegalArgumentException("no hash set named " + setName));
    return match(examiner, set, null, true);
  }

  /**
   * Matches newly ingested items; ingest calls this once per written batch. Only sets that found
   * something new write an audit row, so a large ingest does not flood the log with empty rows.
   */
  public List<HashSetMatchSummary> matchItems(String examiner, Collection<Long> itemIds)
      throws IOException {
    List<HashSetMatchSummary> out = new ArrayList<>();
    if (itemIds.isEmpty()) {
      return out;
    }
    for (KnownHashSet set : store.sets()) {
      try {
        out.add(match(examiner, set, List.copyOf(itemIds), false));
      } catch (IOException e) {
        // one set that cannot be read (an NSRL file moved, say) does not stop the others, nor the
        // ingest that asked; the audit log says which set and why
        audit.record(
            examiner,
            "hashset.match-failed",
            "hashset:" + set.id(),
            Map.of(
                "set",
                set.name(),
                "items",
                itemIds.size(),
                "error",
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      }
    }
    return out;
  }

  private HashSetMatchSummary match(
      String examiner, KnownHashSet set, Collection<Long> itemIds, boolean alwaysLog)
      throws IOException {
    Instant now = audit.clock().instant().truncatedTo(ChronoUnit.MILLIS);
    Map<Long, Hashes> hashes = store.itemHashes(itemIds);
    List<HashMatch> matches =
        set.format() == HashSetFormat.NSRL
            ? nsrlMatches(set, hashes, now)
            : store.findEntryMatches(set, itemIds, now);
    boolean known = set.kind() == HashSetKind.KNOWN;
    int[] categorised = {0};
    int newMatches;
    if (matches.isEmpty() && !alwaysLog) {
      newMatches = 0;
    } else {
      newMatches =
          store.recordMatches(
              matches,
              known,
              added -> {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("set", set.name());
                details.put("kind", set.kind().label());
                details.put("checked", hashes.size());
                details.put("matched", matches.size());
                details.put("new", added);
                return audit.entry(examiner, "hashset.matched", "hashset:" + set.id(), details);
              });
    }
    if (set.kind() == HashSetKind.CATEGORIES) {
      Map<Long, String> values = new LinkedHashMap<>();
      for (HashMatch match : matches) {
        if (match.category() != null) {
          values.put(match.itemId(), match.category());
        }
      }
      if (!values.isEmpty()) {
        List<CategoryChange> changes =
            tagging.applyFromHashSet(examiner, set.name(), set.scheme(), values);
        categorised[0] = changes.size();
      }
    }
    return new HashSetMatchSummary(
        set.name(),
        set.kind(),
        hashes.size(),
        matches.size(),
        newMatches,
        categorised[0],
        known ? matches.size() : 0);
  }

  private static List<HashMatch> nsrlMatches(
      KnownHashSet set, Map<Long, Hashes> hashes, Instant now) throws IOException {
    Path file = Path.of(set.sourcePath());
    if (!Files.isRegularFile(file)) {
      throw new IOException(
          "the NSRL file of set " + set.name() + " is gone from " + file + "; import it again");
    }
    if (Files.size(file) != set.sourceSize()) {
      throw new IOException(
          "the NSRL file of set "
              + set.name()
              + " changed size since it was imported ("
              + file
              + "); import it again under a new name");
    }
    List<HashMatch> out = new ArrayList<>();
    try (NsrlFile nsrl = NsrlFile.open(file)) {
      nsrl.find(hashes)
          .forEach(
              (itemId, hit) ->
                  out.add(
                      new HashMatch(
                          itemId,
                          set.id(),
                          set.name(),
                          hit.matchedOn(),
                          null,
                          hit.fileName(),
                          now)));
    }
    return out;
  }
}
