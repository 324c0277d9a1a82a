package org.veil.media;

import java.awt.image.BufferedImage;

/** Applies an EXIF orientation (1-8) so the picture stands the way the camera held it. */
public final class Orientation {
  private Orientation() {}

  /**
   * A new upright image; orientation 1, unknown or out-of-range values return a copy as-is (EXIF
   * values outside 1-8 are corrupt and are not guessed at).
   */
  public static BufferedImage apply(BufferedImage src, int orientation) {
    int w = src.getWidth();
    int h = src.getHeight();
    boolean swap = orientation >= 5 && orientation <= 8;
    int ow = swap ? h : w;
    int oh = swap ? w : h;
    int[] in = src.getRGB(0, 0, w, h, null, 0, w);
    int[] out = new int[in.length];
    for (int y = 0; y < oh; y++) {
      for (int x = 0; x < ow; x++) {
        int sx;
        int sy;
        switch (orientation) {
          case 2 -> {
            sx = w - 1 - x;
            sy = y;
          }
          case 3 -> {
            sx = w - 1 - x;
            sy = h - 1 - y;
          }
          case 4 -> {
            sx = x;
            sy = h - 1 - y;
          }
          case 5 -> {
            sx = y;
            sy = x;
          }
          case 6 -> {
            sx = y;
            sy = h - 1 - x;
          }
          case 7 -> {
            sx = w - 1 - y;
            sy = h - 1 - x;
          }
          case 8 -> {
            sx = w - 1 - y;
            sy = x;
          }
          default -> {
            sx = x;
            sy = y;
          }
        }
        out[y * ow + x] = in[sy * w + sx];
      }
    }
    boolean alpha = src.getColorModel().hasAlpha();
    BufferedImage result =
        new BufferedImage(ow, oh, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    result.setRGB(0, 0, ow, oh, out, 0, ow);
    return result;
  }
}
