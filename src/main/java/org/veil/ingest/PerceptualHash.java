package org.veil.ingest;

import java.awt.image.BufferedImage;
import org.veil.model.PdqHash;

/** Seam for the PDQ hasher (lands from the media work). */
final class PerceptualHash {
  private PerceptualHash() {}

  static PdqHash of(BufferedImage image) {
    return null;
  }
}
