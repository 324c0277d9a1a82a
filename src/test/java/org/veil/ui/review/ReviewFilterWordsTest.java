package org.veil.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.model.ItemFilter;
import org.veil.model.Language;
import org.veil.ui.I18n;

/** Chips speak the analyst's language; the audit log's copy of the filter stays English. */
class ReviewFilterWordsTest {
  private static final ReviewFilter GPS_AND_CATEGORY =
      ReviewFilter.ALL.withItems(ItemFilter.ALL.withGps(true)).withCategory("1");

  @Test
  void chipsInKoreanAuditInEnglish() {
    try {
      I18n.use(Language.KOREAN);
      assertEquals(
          List.of("GPS 있음", "분류: 1"),
          GPS_AND_CATEGORY.chips().stream().map(ReviewFilter.Chip::label).toList());
      assertEquals("Has GPS; Category: 1", GPS_AND_CATEGORY.auditText());
    } finally {
      I18n.use(Language.ENGLISH);
    }
  }

  @Test
  void noFilterIsNone() {
    assertEquals("none", ReviewFilter.ALL.auditText());
  }
}
