package org.veil.model;

import java.util.Locale;

/** What a match against a set means for the item. */
public enum HashSetKind {
  /** The set carries categories (VICS, CSV with a category column): matches are categorised. */
  CATEGORIES,
  /** Known, ignorable files (NSRL): matches are marked known and hidden by default. */
  KNOWN,
  /** Hashes of interest without categories: matches are only recorded. */
  ALERT;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static HashSetKind of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
