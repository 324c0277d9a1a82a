package org.veil.model;

import java.util.List;

/**
 * One item of interest in a report, with everything an examiner decided about it.
 *
 * @param category its category in the active scheme, or null
 * @param categoryLabel the category's words ("Child abuse material"), or null
 * @param postings every message that carried a file with the item's SHA-256
 * @param preview a JPEG thumbnail, blurred unless {@code previewBlurred} is false; null when the
 *     item has none
 */
public record ReportedItem(
    Item item,
    String sourcePath,
    ItemCategory category,
    String categoryLabel,
    List<Tag> tags,
    List<Note> notes,
    Bookmark bookmark,
    List<MediaPosting> postings,
    List<MetadataTag> metadata,
    byte[] preview,
    boolean previewBlurred) {
  public ReportedItem {
    tags = List.copyOf(tags);
    notes = List.copyOf(notes);
    postings = List.copyOf(postings);
    metadata = List.copyOf(metadata);
  }
}
