package org.veil.model;

import java.util.Locale;

/** The broad kind an item's signature says it is. */
public enum MediaKind {
  IMAGE,
  VIDEO,
  AUDIO,
  DOCUMENT,
  ARCHIVE,
  OTHER;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static MediaKind of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
