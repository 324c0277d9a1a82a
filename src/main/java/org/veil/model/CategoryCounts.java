package org.veil.model;

import java.util.Map;

/**
 * How many items carry each value of one scheme.
 *
 * @param byValue every value of the scheme, in scheme order, with its count (0 included)
 * @param uncategorised items with no value in this scheme
 */
public record CategoryCounts(String scheme, Map<String, Integer> byValue, int uncategorised) {
  public CategoryCounts {
    byValue = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byValue));
  }
}
