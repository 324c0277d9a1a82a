package org.veil.model;

import java.time.Instant;

/** A folder, archive or chat export added to a case. Evidence stays where it is. */
public record EvidenceSource(
    long id, SourceKind kind, String path, String addedBy, Instant addedAt) {

  public enum SourceKind {
    FOLDER,
    ARCHIVE,
    FILE,
    CHAT_EXPORT;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }
}
