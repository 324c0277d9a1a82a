package org.veil.ui.review;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.veil.model.ItemSha256;
import org.veil.store.CaseDatabase;
import org.veil.store.HashSetStore;
import org.veil.store.ItemStore;

/**
 * What the listing shows beyond the filter: NSRL-known files are hidden unless asked for (they are
 * ignorable by definition), and "stack duplicates" keeps one tile per exact group, with a count.
 */
final class ListingOptions {
  private final ItemStore items;
  private final HashSetStore hashSets;
  private boolean stack;
  private boolean showKnown;
  private Map<Long, String> shaOf; // items that have at least one exact copy
  private Set<Long> known;
  private final Map<Long, Integer> stackCounts = new HashMap<>();
  private int hiddenKnown;

  ListingOptions(CaseDatabase db) {
    this.items = new ItemStore(db);
    this.hashSets = new HashSetStore(db);
  }

  void stack(boolean value) {
    stack = value;
  }

  void showKnown(boolean value) {
    showKnown = value;
  }

  /** Forgets what was read from the case, after an ingest or a hash-set match. */
  void invalidate() {
    shaOf = null;
    known = null;
  }

  /** The listing narrowed by these options, in the same order. */
  long[] apply(long[] found) {
    stackCounts.clear();
    hiddenKnown = 0;
    long[] out = found;
    if (!showKnown) {
      if (known == null) {
        known = new HashSet<>(hashSets.knownItems());
      }
      if (!known.isEmpty()) {
        out = java.util.Arrays.stream(out).filter(id -> !known.contains(id)).toArray();
        hiddenKnown = found.length - out.length;
      }
    }
    if (!stack) {
      return out;
    }
    Map<String, Long> firstOfSha = new HashMap<>();
    long[] kept = new long[out.length];
    int n = 0;
    for (long id : out) {
      String sha = duplicatedSha().get(id);
      if (sha == null) {
        kept[n++] = id;
        continue;
      }
      Long first = firstOfSha.putIfAbsent(sha, id);
      if (first == null) {
        kept[n++] = id;
        stackCounts.put(id, 1);
      } else {
        stackCounts.merge(first, 1, Integer::sum);
      }
    }
    stackCounts.values().removeIf(count -> count < 2);
    return java.util.Arrays.copyOf(kept, n);
  }

  /** How many listed items a stacked tile stands for (1 when it is not a stack). */
  int stackCount(long id) {
    return stackCounts.getOrDefault(id, 1);
  }

  /** NSRL-known items the last {@link #apply} left out. */
  int hiddenKnown() {
    return hiddenKnown;
  }

  private Map<Long, String> duplicatedSha() {
    if (shaOf == null) {
      Map<Long, String> out = new HashMap<>();
      for (ItemSha256 copy : items.withExactCopies()) {
        out.put(copy.itemId(), copy.sha256().toLowerCase(Locale.ROOT));
      }
      shaOf = out;
    }
    return shaOf;
  }
}
