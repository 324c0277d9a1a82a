package org.veil.model;

import java.util.Locale;

/** Where an item stands in ingest; a rerun skips done items and retries nothing silently. */
public enum ItemState {
  PENDING,
  DONE,
  FAILED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ItemState of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
