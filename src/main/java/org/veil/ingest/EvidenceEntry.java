package org.veil.ingest;

import java.nio.file.Path;
import java.util.Set;
import org.veil.model.Hashes;

/**
 * One file the walker found, with where its bytes can be had.
 *
 * @param path the address inside the source, e.g. {@code dir/a.zip!/b/c.jpg}
 * @param failure why the content cannot be read at all (null when it can)
 */
public record EvidenceEntry(
    String path, long size, String modifiedAt, Content content, Set<String> flags, String failure) {

  public EvidenceEntry {
    flags = Set.copyOf(flags);
  }

  /** Where the bytes are. */
  public sealed interface Content {}

  /** A file in the source folder; the worker reads it itself, read-only. */
  public record OnDisk(Path file) implements Content {}

  /** An archive member small enough to hold in memory. */
  public record InMemory(byte[] bytes) implements Content {}

  /** A large archive member that the walker hashed while streaming past it. */
  public record Streamed(Hashes hashes, byte[] head) implements Content {}

  /** A link inside the source; its target is ingested under its own path. */
  public record Link(String target) implements Content {}

  /** Nothing readable: the entry carries a failure. */
  public record Unreadable() implements Content {}

  static EvidenceEntry failed(String path, long size, String reason, Set<String> flags) {
    return new EvidenceEntry(path, size, null, new Unreadable(), flags, reason);
  }
}
