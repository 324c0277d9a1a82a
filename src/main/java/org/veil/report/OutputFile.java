package org.veil.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Writes an output file the safe way: beside its target under a temporary name, hashed while
 * written, then moved into place whole. A reader never sees half a report, and the hash recorded in
 * the audit log is of exactly the bytes on disk.
 */
final class OutputFile {
  private OutputFile() {}

  /** Writes the body; returns how many records it wrote. */
  @FunctionalInterface
  interface Body {
    long write(OutputStream out) throws IOException;
  }

  /** The file written, its SHA-256, size and what the body returned. */
  record Written(Path path, String sha256, long bytes, long records) {}

  /** Refuses a target that exists (unless {@code replace}) or has no folder to go in. */
  static Path check(Path out, boolean replace) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    if (Files.isDirectory(target)) {
      throw new IOException(target + " is a folder; give a file name");
    }
    if (Files.exists(target) && !replace) {
      throw new IOException(target + " exists; choose another file or allow replacing it");
    }
    Path parent = target.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new IOException("no folder to write " + target + " into");
    }
    return target;
  }

  static Written write(Path out, boolean replace, Body body) throws IOException {
    Path target = check(out, replace);
    MessageDigest sha256 = Sha256.digest();
    Path partial = Files.createTempFile(target.getParent(), ".veil-", ".part");
    try {
      long records;
      CountingOutput counting = new CountingOutput(Files.newOutputStream(partial));
      try (OutputStream file = new DigestOutputStream(counting, sha256)) {
        records = body.write(file);
      }
      Files.move(
          partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return new Written(
          target, HexFormat.of().formatHex(sha256.digest()), counting.count, records);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private static final class CountingOutput extends java.io.FilterOutputStream {
    long count;

    CountingOutput(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
