package org.veil.dupes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.veil.model.DuplicateGroup;
import org.veil.model.DuplicateKind;
import org.veil.model.DuplicateMember;
import org.veil.model.ItemSha256;

/** Groups items with the same SHA-256: byte-for-byte copies. */
public final class ExactDuplicates {
  private ExactDuplicates() {}

  /**
   * Groups of two or more items sharing a SHA-256 (compared case-insensitively; items without one
   * are left out), largest first, then by lowest item id. The representative is the lowest id.
   */
  public static List<DuplicateGroup> group(List<ItemSha256> items) {
    Map<String, List<Long>> bySha = new HashMap<>();
    for (ItemSha256 item : items) {
      if (item.sha256() == null || item.sha256().isBlank()) {
        continue;
      }
      bySha
          .computeIfAbsent(item.sha256().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(item.itemId());
    }
    List<DuplicateGroup> groups = new ArrayList<>();
    for (Map.Entry<String, List<Long>> entry : bySha.entrySet()) {
      List<Long> ids = entry.getValue();
      if (ids.size() < 2) {
        continue;
      }
      List<DuplicateMember> members =
          ids.stream().sorted().distinct().map(id -> new DuplicateMember(id, 0)).toList();
      if (members.size() < 2) {
        continue;
      }
      groups.add(
          new DuplicateGroup(
              DuplicateKind.EXACT, entry.getKey(), members.getFirst().itemId(), members));
    }
    groups.sort(LARGEST_FIRST);
    return groups;
  }

  static final Comparator<DuplicateGroup> LARGEST_FIRST =
      Comparator.comparingInt(DuplicateGroup::size)
          .reversed()
          .thenComparingLong(DuplicateGroup::representativeId);
}
