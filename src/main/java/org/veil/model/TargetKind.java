package org.veil.model;

import java.util.Locale;

/** What a tag, note or bookmark is attached to: a media item or a chat message. */
public enum TargetKind {
  ITEM("item"),
  MESSAGE("message");

  private final String label;

  TargetKind(String label) {
    this.label = label;
  }

  /** The word stored in the database and written in audit targets. */
  public String label() {
    return label;
  }

  public static TargetKind of(String label) {
    for (TargetKind kind : values()) {
      if (kind.label.equals(label.toLowerCase(Locale.ROOT))) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown target kind: " + label);
  }
}
