package org.veil.ingest;

import org.veil.model.MediaKind;

/** A type recognised from a file's first bytes. */
public record FileType(String mime, MediaKind kind) {
  public static final FileType UNKNOWN = new FileType("application/octet-stream", MediaKind.OTHER);

  public boolean isArchive() {
    return kind == MediaKind.ARCHIVE;
  }
}
