package org.veil.ui.dupes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veil.model.DuplicateMember;
import org.veil.model.ExifSummary;
import org.veil.model.Hashes;
import org.veil.model.Item;
import org.veil.model.ItemCategory;
import org.veil.model.ItemState;
import org.veil.model.MediaKind;

class MemberFactsTest {
  private static Item item(long id, String path, long size, Integer width, String make) {
    ExifSummary summary =
        new ExifSummary(
            make,
            make == null ? null : make + " EOS R6",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    return new Item(
        id,
        1,
        path,
        size,
        new Hashes("m", "s1", "s256"),
        "image/jpeg",
        MediaKind.IMAGE,
        width,
        width == null ? null : width * 3 / 4,
        ItemState.DONE,
        null,
        Set.of(),
        summary,
        null);
  }

  @Test
  void cameraNamesTheMakeOnce() {
    assertEquals("Canon EOS R6", MemberFacts.camera("Canon", "Canon EOS R6"));
    assertEquals("Apple iPhone 15", MemberFacts.camera("Apple", "iPhone 15"));
    assertEquals("iPhone 15", MemberFacts.camera(null, "iPhone 15"));
    assertEquals("Apple", MemberFacts.camera("Apple", " "));
    assertEquals("—", MemberFacts.camera(null, null));
  }

  @Test
  void differencesAreAgainstTheRepresentativeAndIgnoreWhereACategoryCameFrom() {
    Instant at = Instant.EPOCH;
    Map<MemberFacts.Field, String> representative =
        MemberFacts.of(
            item(1, "DCIM/a.jpg", 100, 320, "Canon"),
            new DuplicateMember(1, 0),
            "/evidence",
            new ItemCategory(1, "vic-us", "1", ItemCategory.BY_EXAMINER, "x", at));
    Map<MemberFacts.Field, String> copy =
        MemberFacts.of(
            item(2, "chat.zip!/media/a.jpg", 100, 320, "Canon"),
            new DuplicateMember(2, 0),
            "/evidence",
            new ItemCategory(2, "vic-us", "1", ItemCategory.exactDuplicateOf(1), "x", at));
    Map<MemberFacts.Field, String> edit =
        MemberFacts.of(
            item(3, "near/a-half.jpg", 40, 160, null), new DuplicateMember(3, 12), "/other", null);
    assertTrue(MemberFacts.differences(representative, representative).isEmpty());
    // same name and bytes in another folder; the copied category is the same decision
    assertEquals(Set.of(MemberFacts.Field.FOLDER), MemberFacts.differences(copy, representative));
    assertEquals("1 (exact-duplicate of item 1)", copy.get(MemberFacts.Field.CATEGORY));
    assertEquals(
        Set.of(
            MemberFacts.Field.NAME,
            MemberFacts.Field.SIZE,
            MemberFacts.Field.DIMENSIONS,
            MemberFacts.Field.SOURCE,
            MemberFacts.Field.FOLDER,
            MemberFacts.Field.CAMERA,
            MemberFacts.Field.DISTANCE,
            MemberFacts.Field.CATEGORY),
        MemberFacts.differences(edit, representative));
    assertEquals("chat.zip!/media", copy.get(MemberFacts.Field.FOLDER));
  }
}
