package org.veil.model;

import java.util.Locale;

/** How the members of a duplicate group are the same: identical bytes, or the same picture. */
public enum DuplicateKind {
  /** Same SHA-256: byte-for-byte copies. */
  EXACT,
  /** PDQ hashes within the near-duplicate distance: resized, recompressed, lightly edited. */
  NEAR;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
