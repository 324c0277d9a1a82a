package org.veil.model;

import java.util.Map;

/**
 * The numbers a report opens with.
 *
 * @param byCategory every value of the active scheme (in scheme order) with its item count
 */
public record ReportCounts(
    long items,
    long done,
    long failed,
    long pending,
    Map<String, Integer> byCategory,
    int uncategorised,
    long chats,
    long messages,
    int tags,
    int notes,
    int bookmarks) {
  public ReportCounts {
    byCategory = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byCategory));
  }
}
