package org.veil.dupes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veil.model.DuplicateGroup;
import org.veil.model.DuplicateKind;
import org.veil.model.DuplicateMember;
import org.veil.model.ItemPdq;
import org.veil.model.PdqHash;

/**
 * Groups items whose PDQ hashes are within a Hamming distance: the same picture resized,
 * recompressed, lightly cropped or recoloured. Groups are connected components of the "within
 * distance" graph (ADR 0122); pairs come from {@link NearPairs}, never from all pairs.
 */
public final class NearDuplicates {
  /** The published PDQ match threshold. */
  public static final int DEFAULT_DISTANCE = 31;

  /** Hashes below this quality describe flat pictures and are left out. */
  public static final int MIN_QUALITY = PdqHash.RELIABLE_QUALITY;

  /** Beyond this the index degenerates and unrelated pictures start to match. */
  public static final int MAX_DISTANCE = 63;

  private NearDuplicates() {}

  public static List<DuplicateGroup> group(List<ItemPdq> items) {
    return group(items, DEFAULT_DISTANCE);
  }

  public static List<DuplicateGroup> group(List<ItemPdq> items, int distance) {
    return group(items, distance, MIN_QUALITY, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Groups of two or more items, largest first.
   *
   * @param distance the largest Hamming distance that links two items, 0-{@link #MAX_DISTANCE}
   * @param minQuality items whose hash quality is lower are ignored
   * @param threads workers for the pair search
   * @throws IllegalArgumentException for a malformed hash (naming the item) or distance
   */
  public static List<DuplicateGroup> group(
      List<ItemPdq> items, int distance, int minQuality, int threads) {
    if (distance < 0 || distance > MAX_DISTANCE) {
      throw new IllegalArgumentException(
          "distance must be 0-" + MAX_DISTANCE + ", was " + distance);
    }
    // Identical hashes (the same file many times over) are joined first: one entry per distinct
    // hash keeps the buckets of the pair search small.
    Map<HashKey, Integer> distinct = new HashMap<>();
    List<ItemPdq> usable = new ArrayList<>();
    IntList hashOf = new IntList();
    long[] parsed = new long[4];
    long[] words = new long[64];
    for (ItemPdq item : items) {
      if (item.pdq() == null || item.pdq().quality() < minQuality) {
        continue;
      }
      try {
        PdqBits.parse(item.pdq().hex(), parsed, 0);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("item " + item.itemId() + ": " + e.getMessage(), e);
      }
      HashKey key = new HashKey(parsed[0], parsed[1], parsed[2], parsed[3]);
      Integer index = distinct.get(key);
      if (index == null) {
        index = distinct.size();
        distinct.put(key, index);
        if (4 * index + 4 > words.length) {
          words = Arrays.copyOf(words, words.length * 2);
        }
        System.arraycopy(parsed, 0, words, 4 * index, 4);
      }
      usable.add(item);
      hashOf.add(index);
    }
    int hashes = distinct.size();
    words = Arrays.copyOf(words, 4 * hashes);
    long[] pairs = NearPairs.within(words, distance, threads);

    Components components = new Components(hashes);
    int[] degree = new int[hashes];
    for (long pair : pairs) {
      int i = (int) (pair >>> 32);
      int j = (int) pair;
      components.union(i, j);
      degree[i]++;
      degree[j]++;
    }
    // Count first so that only components with two or more items allocate member lists.
    int[] itemsPerRoot = new int[hashes];
    int[] rootOfItem = new int[usable.size()];
    for (int k = 0; k < usable.size(); k++) {
      rootOfItem[k] = components.find(hashOf.get(k));
      itemsPerRoot[rootOfItem[k]]++;
    }
    Map<Integer, List<ItemPdq>> byComponent = new HashMap<>();
    Map<Integer, List<Integer>> hashesByComponent = new HashMap<>();
    for (int k = 0; k < usable.size(); k++) {
      int root = rootOfItem[k];
      if (itemsPerRoot[root] < 2) {
        continue;
      }
      byComponent.computeIfAbsent(root, r -> new ArrayList<>()).add(usable.get(k));
      hashesByComponent.computeIfAbsent(root, r -> new ArrayList<>()).add(hashOf.get(k));
    }
    List<DuplicateGroup> groups = new ArrayList<>();
    for (Map.Entry<Integer, List<ItemPdq>> entry : byComponent.entrySet()) {
      List<ItemPdq> members = entry.getValue();
      if (members.size() < 2) {
        continue;
      }
      groups.add(group(members, hashesByComponent.get(entry.getKey()), degree, words));
    }
    groups.sort(ExactDuplicates.LARGEST_FIRST);
    return groups;
  }

  // The representative is the best-connected member (most near neighbours, then most identical
  // copies, then highest quality, then lowest id): the picture the others are variants of.
  private static DuplicateGroup group(
      List<ItemPdq> members, List<Integer> hashIndices, int[] degree, long[] words) {
    Map<Integer, Integer> copies = new HashMap<>();
    for (int h : hashIndices) {
      copies.merge(h, 1, Integer::sum);
    }
    int best = 0;
    for (int k = 1; k < members.size(); k++) {
      if (better(k, best, members, hashIndices, degree, copies)) {
        best = k;
      }
    }
    ItemPdq representative = members.get(best);
    int representativeHash = hashIndices.get(best);
    List<DuplicateMember> list = new ArrayList<>(members.size());
    for (int k = 0; k < members.size(); k++) {
      int d = PdqBits.distance(words, 4 * hashIndices.get(k), words, 4 * representativeHash);
      list.add(new DuplicateMember(members.get(k).itemId(), d));
    }
    long representativeId = representative.itemId();
    list.sort(
        Comparator.comparing((DuplicateMember m) -> m.itemId() != representativeId)
            .thenComparingInt(DuplicateMember::distance)
            .thenComparingLong(DuplicateMember::itemId));
    return new DuplicateGroup(
        DuplicateKind.NEAR,
        representative.pdq().hex().toLowerCase(java.util.Locale.ROOT),
        representativeId,
        list);
  }

  private static boolean better(
      int a,
      int b,
      List<ItemPdq> members,
      List<Integer> hashIndices,
      int[] degree,
      Map<Integer, Integer> copies) {
    int ha = hashIndices.get(a);
    int hb = hashIndices.get(b);
    if (degree[ha] != degree[hb]) {
      return degree[ha] > degree[hb];
    }
    if (!copies.get(ha).equals(copies.get(hb))) {
      return copies.get(ha) > copies.get(hb);
    }
    int qa = members.get(a).pdq().quality();
    int qb = members.get(b).pdq().quality();
    if (qa != qb) {
      return qa > qb;
    }
    return members.get(a).itemId() < members.get(b).itemId();
  }

  private record HashKey(long a, long b, long c, long d) {}

  private static final class IntList {
    private int[] values = new int[64];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int get(int index) {
      return values[index];
    }
  }

  /** Union-find with path halving and union by size. */
  static final class Components {
    private final int[] parent;
    private final int[] size;

    Components(int n) {
      parent = new int[n];
      size = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
        size[i] = 1;
      }
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra == rb) {
        return;
      }
      if (size[ra] < size[rb]) {
        int t = ra;
        ra = rb;
        rb = t;
      }
      parent[rb] = ra;
      size[ra] += size[rb];
    }
  }
}
