package org.veil.model;

import java.util.List;

/**
 * Everything read from a file's metadata: the summary, every tag, and what could not be read.
 *
 * @param problems human-readable reasons why some or all metadata could not be read (a corrupt
 *     segment, an unknown format); empty when the file was read cleanly
 */
public record Metadata(ExifSummary summary, List<MetadataTag> tags, List<String> problems) {
  public static final Metadata NONE = new Metadata(ExifSummary.EMPTY, List.of(), List.of());

  public Metadata {
    summary = summary == null ? ExifSummary.EMPTY : summary;
    tags = List.copyOf(tags);
    problems = problems == null ? List.of() : List.copyOf(problems);
  }

  public Metadata(ExifSummary summary, List<MetadataTag> tags) {
    this(summary, tags, List.of());
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }
}
