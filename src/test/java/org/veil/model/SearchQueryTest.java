package org.veil.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SearchQueryTest {
  @Test
  void blankPartsAreAbsent() {
    SearchQuery query = new SearchQuery("  ", " ", null, null, null, 5);
    assertNull(query.text());
    assertNull(query.user());
    assertFalse(query.hasText());
    assertEquals("kim", SearchQuery.user(" kim ").user());
  }

  @Test
  void rejectsImpossibleQueries() {
    assertThrows(IllegalArgumentException.class, () -> SearchQuery.text("a").withLimit(0));
    Instant later = Instant.parse("2024-02-01T00:00:00Z");
    Instant earlier = Instant.parse("2024-01-01T00:00:00Z");
    assertThrows(
        IllegalArgumentException.class, () -> SearchQuery.text("a").between(later, earlier));
  }
}
