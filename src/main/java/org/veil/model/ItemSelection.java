package org.veil.model;

import java.util.List;

/**
 * Which items an evidence package takes.
 *
 * @param ofInterest every item with a category, tag, note or bookmark (what {@code --tagged} means)
 * @param tagNames items carrying any of these tags
 * @param itemIds these items
 */
public record ItemSelection(boolean ofInterest, List<String> tagNames, List<Long> itemIds) {
  public ItemSelection {
    tagNames = tagNames == null ? List.of() : List.copyOf(tagNames);
    itemIds = itemIds == null ? List.of() : List.copyOf(itemIds);
    if (!ofInterest && tagNames.isEmpty() && itemIds.isEmpty()) {
      throw new IllegalArgumentException("select items: tagged ones, by tag, or by id");
    }
  }

  public static ItemSelection tagged() {
    return new ItemSelection(true, List.of(), List.of());
  }
}
