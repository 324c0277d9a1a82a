package org.veil.media;

import java.awt.image.BufferedImage;

/**
 * Downscaling by exact area averaging: each output pixel is the mean of the source area it covers
 * (fractional edges weighted). No aliasing from subsampled decodes, and fine detail is averaged
 * away rather than sampled, which the blur relies on. Transparent pixels are composited on white.
 */
public final class AreaAverage {
  private AreaAverage() {}

  /**
   * An sRGB {@code TYPE_INT_RGB} image of {@code dw x dh} (each at least 1 and at most the source).
   */
  public static BufferedImage downscale(BufferedImage src, int dw, int dh) {
    int sw = src.getWidth();
    int sh = src.getHeight();
    dw = Math.clamp(dw, 1, sw);
    dh = Math.clamp(dh, 1, sh);
    // Horizontal pass into float rows (3 channels), then vertical pass.
    float[] horizontal = new float[3 * dw * sh];
    int[] row = new int[sw];
    Span[] xs = spans(sw, dw);
    RgbRows pixels = new RgbRows(src);
    for (int y = 0; y < sh; y++) {
      pixels.read(y, row);
      int base = 3 * dw * y;
      for (int ox = 0; ox < dw; ox++) {
        Span span = xs[ox];
        float r = 0;
        float g = 0;
        float b = 0;
        for (int i = 0; i < span.weights.length; i++) {
          int argb = row[span.first + i];
          float wgt = span.weights[i];
          int a = argb >>> 24;
          float cr = (argb >> 16) & 0xff;
          float cg = (argb >> 8) & 0xff;
          float cb = argb & 0xff;
          if (a != 255) {
            float alpha = a / 255f;
            cr = cr * alpha + 255 * (1 - alpha);
            cg = cg * alpha + 255 * (1 - alpha);
            cb = cb * alpha + 255 * (1 - alpha);
          }
          r += wgt * cr;
          g += wgt * cg;
          b += wgt * cb;
        }
        horizontal[base + 3 * ox] = r;
        horizontal[base + 3 * ox + 1] = g;
        horizontal[base + 3 * ox + 2] = b;
      }
    }
    BufferedImage out = new BufferedImage(dw, dh, BufferedImage.TYPE_INT_RGB);
    int[] outRow = new int[dw];
    Span[] ys = spans(sh, dh);
    for (int oy = 0; oy < dh; oy++) {
      Span span = ys[oy];
      for (int ox = 0; ox < dw; ox++) {
        float r = 0;
        float g = 0;
        float b = 0;
        for (int i = 0; i < span.weights.length; i++) {
          int base = 3 * dw * (span.first + i) + 3 * ox;
          float wgt = span.weights[i];
          r += wgt * horizontal[base];
          g += wgt * horizontal[base + 1];
          b += wgt * horizontal[base + 2];
        }
        outRow[ox] = (channel(r) << 16) | (channel(g) << 8) | channel(b);
      }
      out.setRGB(0, oy, dw, 1, outRow, 0, dw);
    }
    return out;
  }

  /** The largest size with the same aspect ratio whose longer side is at most {@code maxSide}. */
  public static int[] fit(int width, int height, int maxSide) {
    if (width <= maxSide && height <= maxSide) {
      return new int[] {width, height};
    }
    double scale = (double) maxSide / Math.max(width, height);
    return new int[] {
      Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale))
    };
  }

  private static int channel(float v) {
    int c = Math.round(v);
    return c < 0 ? 0 : Math.min(c, 255);
  }

  private record Span(int first, float[] weights) {}

  // For each output cell, the source pixels it overlaps and the share of each (summing to 1).
  private static Span[] spans(int sourceLength, int targetLength) {
    Span[] spans = new Span[targetLength];
    double scale = (double) sourceLength / targetLength;
    for (int o = 0; o < targetLength; o++) {
      double start = o * scale;
      double end = (o + 1) * scale;
      int first = (int) Math.floor(start);
      int last = Math.min(sourceLength - 1, (int) Math.ceil(end) - 1);
      float[] weights = new float[last - first + 1];
      for (int s = first; s <= last; s++) {
        double overlap = Math.min(end, s + 1) - Math.max(start, s);
        weights[s - first] = (float) (overlap / scale);
      }
      spans[o] = new Span(first, weights);
    }
    return spans;
  }
}
