package org.veil.model;

import java.time.Instant;

/**
 * The category an item has in one scheme and where it came from.
 *
 * @param provenance {@code examiner}, {@code hashset:<set name>} or {@code exact-duplicate of item
 *     N}
 * @param setBy the examiner who made the decision or ran the match
 */
public record ItemCategory(
    long itemId, String scheme, String value, String provenance, String setBy, Instant setAt) {
  public static final String BY_EXAMINER = "examiner";

  public static String fromHashSet(String setName) {
    return "hashset:" + setName;
  }

  public static String exactDuplicateOf(long itemId) {
    return "exact-duplicate of item " + itemId;
  }
}
