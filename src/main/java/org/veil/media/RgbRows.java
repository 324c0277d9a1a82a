package org.veil.media;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * Reads a picture row by row as packed {@code 0xAARRGGBB}, the values {@code getRGB} returns,
 * without its per-pixel colour-model call for the common sRGB layouts (JPEG decodes are {@code
 * TYPE_3BYTE_BGR}); other layouts (grey, palette, 16-bit, ICC profiles) go through {@code getRGB}
 * so colour conversion stays the JDK's.
 */
final class RgbRows {
  private final BufferedImage image;
  private final Raster raster;
  private final int type;
  private final int width;
  private byte[] bytes;
  private int[] ints;

  RgbRows(BufferedImage image) {
    this.image = image;
    this.raster = image.getRaster();
    this.type = image.getType();
    this.width = image.getWidth();
  }

  /** Fills {@code row[0..width)} with row {@code y}. */
  void read(int y, int[] row) {
    switch (type) {
      case BufferedImage.TYPE_3BYTE_BGR -> {
        // getDataElements hands out samples in band order, R, G, B, whatever the byte layout.
        bytes = (byte[]) raster.getDataElements(0, y, width, 1, bytes);
        for (int x = 0, k = 0; x < width; x++, k += 3) {
          row[x] =
              0xff000000
                  | (bytes[k] & 0xff) << 16
                  | (bytes[k + 1] & 0xff) << 8
                  | (bytes[k + 2] & 0xff);
        }
      }
      case BufferedImage.TYPE_INT_RGB -> {
        ints = (int[]) raster.getDataElements(0, y, width, 1, ints);
        for (int x = 0; x < width; x++) {
          row[x] = 0xff000000 | ints[x];
        }
      }
      case BufferedImage.TYPE_INT_ARGB -> {
        ints = (int[]) raster.getDataElements(0, y, width, 1, ints);
        System.arraycopy(ints, 0, row, 0, width);
      }
      default -> image.getRGB(0, y, width, 1, row, 0, width);
    }
  }
}
