package org.veil.model;

import java.util.Set;

/**
 * One file found in an evidence source.
 *
 * @param path the address inside the source: {@code dir/file.jpg} or {@code a.zip!/dir/b.jpg}
 * @param flags observations such as {@code extension-mismatch} or {@code encrypted}
 */
public record Item(
    long id,
    long sourceId,
    String path,
    long size,
    Hashes hashes,
    String mime,
    MediaKind kind,
    Integer width,
    Integer height,
    ItemState state,
    String error,
    Set<String> flags,
    ExifSummary summary,
    PdqHash pdq) {

  public Item {
    flags = flags == null ? Set.of() : Set.copyOf(flags);
    summary = summary == null ? ExifSummary.EMPTY : summary;
  }

  /** The file name, the last segment of the path. */
  public String name() {
    int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('!'));
    return path.substring(cut + 1);
  }
}
