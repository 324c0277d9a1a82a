package org.veil.dupes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.model.DuplicateGroup;
import org.veil.model.DuplicateKind;
import org.veil.model.DuplicateMember;
import org.veil.model.ItemSha256;

class ExactDuplicatesTest {
  static final String A = "a".repeat(64);
  static final String B = "b".repeat(64);

  @Test
  void groupsBySha256LargestFirst() {
    List<DuplicateGroup> groups =
        ExactDuplicates.group(
            List.of(
                new ItemSha256(5, A),
                new ItemSha256(2, B),
                new ItemSha256(3, A.toUpperCase()),
                new ItemSha256(9, B),
                new ItemSha256(1, A),
                new ItemSha256(4, "c".repeat(64)),
                new ItemSha256(6, null),
                new ItemSha256(7, "")));
    assertEquals(2, groups.size());
    DuplicateGroup first = groups.get(0);
    assertEquals(DuplicateKind.EXACT, first.kind());
    assertEquals(A, first.key());
    assertEquals(1, first.representativeId());
    assertEquals(
        List.of(new DuplicateMember(1, 0), new DuplicateMember(3, 0), new DuplicateMember(5, 0)),
        first.members());
    assertEquals(
        List.of(2L, 9L), groups.get(1).members().stream().map(DuplicateMember::itemId).toList());
  }

  @Test
  void sameItemListedTwiceIsNotAGroup() {
    assertEquals(
        List.of(), ExactDuplicates.group(List.of(new ItemSha256(1, A), new ItemSha256(1, A))));
  }
}
