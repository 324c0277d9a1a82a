package org.veil.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The only way ingest opens evidence: read-only, never creating or touching anything. Tests swap it
 * to simulate files that cannot be read.
 */
public interface EvidenceReader {
  EvidenceReader READ_ONLY =
      new EvidenceReader() {
        @Override
        public InputStream open(Path file) throws IOException {
          return Files.newInputStream(file, StandardOpenOption.READ);
        }

        @Override
        public SeekableByteChannel channel(Path file) throws IOException {
          return Files.newByteChannel(file, StandardOpenOption.READ);
        }
      };

  InputStream open(Path file) throws IOException;

  SeekableByteChannel channel(Path file) throws IOException;

  default byte[] readAll(Path file) throws IOException {
    try (InputStream in = open(file)) {
      return in.readAllBytes();
    }
  }

  /** Up to {@code n} leading bytes. */
  default byte[] head(Path file, int n) throws IOException {
    try (InputStream in = open(file)) {
      return in.readNBytes(n);
    }
  }
}
