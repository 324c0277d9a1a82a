package org.veil.model;

import java.util.List;

/**
 * Items that are the same picture, decided once for all of them.
 *
 * @param key the shared SHA-256 for exact groups; the representative's PDQ hash for near groups
 * @param representativeId the member shown for the group (a stacked gallery tile)
 * @param members representative first, then by distance and item id
 */
public record DuplicateGroup(
    DuplicateKind kind, String key, long representativeId, List<DuplicateMember> members) {
  public DuplicateGroup {
    members = List.copyOf(members);
  }

  public int size() {
    return members.size();
  }
}
