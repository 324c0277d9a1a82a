package org.veil.model;

import java.util.List;

/** Everything read from a file's metadata: the summary and every tag. */
public record Metadata(ExifSummary summary, List<MetadataTag> tags) {
  public static final Metadata NONE = new Metadata(ExifSummary.EMPTY, List.of());

  public Metadata {
    tags = List.copyOf(tags);
  }
}
