package org.veil.ui.media;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Where pictures come from: the stored thumbnail (at most 256 px) and, for a revealed preview, a
 * larger decode of the evidence. Called off the FX thread.
 */
public interface PictureSource {
  Optional<BufferedImage> thumbnail(long itemId) throws Exception;

  /**
   * A small copy of the thumbnail, for blurring: the item's stored veil seed when there is one,
   * else the thumbnail decoded at a fraction of its size. The blur keeps at most 16 px of it, so
   * decoding every pixel would be wasted work.
   */
  default Optional<BufferedImage> thumbnailForBlur(long itemId) throws Exception {
    return thumbnail(itemId);
  }

  /**
   * Frame {@code index} of a video's strip of {@code count} frames spread over its duration (at
   * most 256 px), or empty for anything that is not a decodable video.
   */
  default Optional<BufferedImage> frame(long itemId, int index, int count) throws Exception {
    return Optional.empty();
  }

  /** A picture of at least {@code minSide} pixels on its shorter side when the file has them. */
  Optional<BufferedImage> large(long itemId, int minSide) throws Exception;
}
