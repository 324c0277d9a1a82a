package org.veil.model;

import java.util.List;

/**
 * A page of hits.
 *
 * @param totalHits how many messages matched; a lower bound when {@code totalIsExact} is false
 *     (ranking stops counting early on very common words; {@link SearchCounts} is always exact)
 */
public record SearchResults(long totalHits, boolean totalIsExact, List<SearchHit> hits) {
  public SearchResults {
    hits = List.copyOf(hits);
  }
}
