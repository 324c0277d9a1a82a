package org.veil.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * The pixel side of the blur policy, shared by every surface that shows media (gallery, preview,
 * chats, reports). The picture is reduced to a tiny area-averaged copy (8-16 px on its longer side)
 * and smoothly enlarged again: colours and layout survive for triage, while faces, text and any
 * detail are gone at any display size, because the enlarged picture only ever holds those few
 * hundred averaged values.
 */
public final class Blur {
  /** Strength used when the analyst has not chosen one. */
  public static final int DEFAULT_STRENGTH = 6;

  public static final int MIN_STRENGTH = 0;

  /**
   * The longer side of a blurred picture made to be shown (gallery cells, previews): it holds only
   * the 8-16 px of the veil, and the view enlarges it smoothly to any size.
   */
  public static final int SHOWN_SIDE = 96;

  public static final int MAX_STRENGTH = 10;

  private Blur() {}

  /**
   * The longer side of the tiny copy: 16 px at strength 0 down to 8 px at strength 10. Out-of-range
   * strengths are clamped, never weakened below 16 px.
   */
  public static int tinySide(int strength) {
    int s = Math.clamp(strength, MIN_STRENGTH, MAX_STRENGTH);
    return 16 - Math.round(0.8f * s);
  }

  /** A blurred picture the size of {@code image}. */
  public static BufferedImage blurred(BufferedImage image, int strength) {
    return blurred(image, strength, image.getWidth(), image.getHeight());
  }

  /**
   * A blurred picture of {@code width x height} (e.g. the size it will be drawn at), so a large
   * source never needs a large blurred copy.
   */
  public static BufferedImage blurred(BufferedImage image, int strength, int width, int height) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("size must be positive: " + width + "x" + height);
    }
    int[] tiny = AreaAverage.fit(image.getWidth(), image.getHeight(), tinySide(strength));
    BufferedImage small = AreaAverage.downscale(image, tiny[0], tiny[1]);
    return enlargeSmoothly(small, width, height);
  }

  /** A blurred picture of {@code image}'s shape, at most {@code maxSide} px on its longer side. */
  public static BufferedImage blurredWithin(BufferedImage image, int strength, int maxSide) {
    int[] size = AreaAverage.fit(image.getWidth(), image.getHeight(), maxSide);
    return blurred(image, strength, size[0], size[1]);
  }

  /** Luminance (ITU-R BT.601 weights) as an RGB picture with equal channels. */
  public static BufferedImage grayscale(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      image.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int argb = row[x];
        int lum =
            (int)
                Math.round(
                    0.299 * ((argb >> 16) & 0xff)
                        + 0.587 * ((argb >> 8) & 0xff)
                        + 0.114 * (argb & 0xff));
        row[x] = (lum << 16) | (lum << 8) | lum;
      }
      out.setRGB(0, y, w, 1, row, 0, w);
    }
    return out;
  }

  // Bilinear doubling steps approximate a smooth B-spline; one big bilinear jump would leave a
  // visible diamond grid of creases at the tiny copy's pixel centres.
  private static BufferedImage enlargeSmoothly(BufferedImage small, int width, int height) {
    BufferedImage current = small;
    while (current.getWidth() * 2 < width || current.getHeight() * 2 < height) {
      int w = Math.min(width, current.getWidth() * 2);
      int h = Math.min(height, current.getHeight() * 2);
      current = scaled(current, w, h);
    }
    return scaled(current, width, height);
  }

  private static BufferedImage scaled(BufferedImage src, int width, int height) {
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(src, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return out;
  }
}
