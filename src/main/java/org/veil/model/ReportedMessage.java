package org.veil.model;

import java.util.List;

/** A tagged, noted or bookmarked chat message in a report, with the messages around it. */
public record ReportedMessage(
    StoredMessage message,
    String chatName,
    String platform,
    List<Tag> tags,
    List<Note> notes,
    Bookmark bookmark,
    List<StoredMessage> before,
    List<StoredMessage> after) {
  public ReportedMessage {
    tags = List.copyOf(tags);
    notes = List.copyOf(notes);
    before = List.copyOf(before);
    after = List.copyOf(after);
  }
}
