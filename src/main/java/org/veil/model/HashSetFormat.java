package org.veil.model;

import java.util.Locale;

/** The file formats a known-hash set is imported from. */
public enum HashSetFormat {
  /** Project VIC VICS JSON 1.x ({@code odata.metadata}) or 2.0 ({@code @odata.context}). */
  VICS,
  /** NIST NSRL RDSv3, an SQLite file. */
  NSRL,
  /** One hash per line, or CSV with a hash column and an optional category column. */
  LIST;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static HashSetFormat of(String label) {
    for (HashSetFormat format : values()) {
      if (format.label().equalsIgnoreCase(label)) {
        return format;
      }
    }
    throw new IllegalArgumentException("unknown hash set format " + label + " (vics, nsrl, list)");
  }
}
