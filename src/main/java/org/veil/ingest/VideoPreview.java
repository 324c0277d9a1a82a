package org.veil.ingest;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import org.veil.media.MediaException;

/** Seam for video frames (lands from the media work). */
final class VideoPreview {
  private VideoPreview() {}

  static Optional<BufferedImage> firstFrame(Path file) throws MediaException {
    return Optional.empty();
  }

  static Optional<BufferedImage> firstFrame(byte[] bytes) throws MediaException {
    return Optional.empty();
  }
}
