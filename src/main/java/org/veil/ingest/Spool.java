package org.veil.ingest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A copy of an archive member too large for memory, in the case's cache folder (never beside the
 * evidence), so that an archive inside an archive can be opened from disk; the caller deletes it
 * after use, and spools a killed job left behind are removed when the next ingest starts.
 */
final class Spool {
  /** The largest member copied. */
  static final long LIMIT = 4L << 30;

  /** How spool files are named (and found again after a crash). */
  static final String GLOB = "member-*.spool";

  /** The cache's folder of spools an ingest writes. */
  static final String INGEST = "ingest-spools";

  /** The cache's folder of spools a preview or an export writes to read a member again. */
  static final String READS = "read-spools";

  private Spool() {}

  /** A new, empty spool file in {@code dir}, or null when the folder refuses one. */
  static Path newFile(Path dir) {
    try {
      return Files.createTempFile(Files.createDirectories(dir), "member-", ".spool");
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Copies {@code first} and the rest of the stream to {@code file} (none: only hashes), hashing
   * both when a hasher is given. Returns the file, or null when the copy was given up (past {@link
   * #LIMIT}, or the disk refused it) and deleted; with a hasher the stream is still read and hashed
   * to its end, so the member keeps its hashes either way. Read errors propagate (the file is then
   * deleted).
   */
  static Path copy(byte[] first, InputStream rest, MultiHasher hasher, Path file)
      throws IOException {
    Copy copy = file == null ? null : Copy.open(file);
    try {
      if (hasher != null) {
        hasher.update(first, 0, first.length);
      }
      if (copy != null) {
        copy = copy.write(first, first.length);
      }
      byte[] buffer = new byte[1 << 20];
      for (int n; (copy != null || hasher != null) && (n = rest.read(buffer)) > 0; ) {
        if (hasher != null) {
          hasher.update(buffer, 0, n);
        }
        if (copy != null) {
          copy = copy.write(buffer, n);
        }
      }
      return copy == null ? null : copy.finish();
    } finally {
      if (copy != null) {
        copy.abandon();
      }
    }
  }

  /** A copy being written; any failure to write gives it up (deleted) rather than the read. */
  private static final class Copy {
    private final Path file;
    private final OutputStream out;
    private long written;
    private boolean finished;

    private Copy(Path file, OutputStream out) {
      this.file = file;
      this.out = out;
    }

    static Copy open(Path file) {
      try {
        return new Copy(file, new BufferedOutputStream(Files.newOutputStream(file), 1 << 20));
      } catch (IOException e) {
        deleteQuietly(file);
        return null;
      }
    }

    /** This copy, or null once given up. */
    Copy write(byte[] bytes, int length) {
      if (written + length > LIMIT) {
        abandon();
        return null;
      }
      try {
        out.write(bytes, 0, length);
        written += length;
        return this;
      } catch (IOException e) {
        abandon();
        return null;
      }
    }

    /** The complete copy, or null when it could not be closed. */
    Path finish() {
      try {
        out.close();
        finished = true;
        return file;
      } catch (IOException e) {
        abandon();
        return null;
      }
    }

    void abandon() {
      if (finished) {
        return;
      }
      finished = true;
      try {
        out.close();
      } catch (IOException e) {
        // being given up anyway
      }
      deleteQuietly(file);
    }
  }

  /** Deletes a spool; one that cannot be deleted now goes with the next ingest's clean-up. */
  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a stale spool is removed when the next ingest starts
    }
  }
}
