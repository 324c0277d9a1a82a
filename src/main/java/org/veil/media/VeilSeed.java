package org.veil.media;

import java.awt.image.BufferedImage;

/**
 * What every blurred picture of an item is made from: an area-averaged copy of at most {@link
 * #SIDE} px on its longer side, stored at ingest beside the thumbnail. The blur reduces a picture
 * to 8-16 px anyway ({@link Blur#tinySide}), so starting from this copy gives the same veil as
 * starting from the thumbnail, without decoding a JPEG each time a gallery cell is drawn.
 *
 * <p>Stored as {@code [width, height, r, g, b, r, g, b, ...]}, one byte each.
 */
public record VeilSeed(int width, int height, byte[] rgb) {
  /** The longer side of a seed: twice the largest tiny copy the blur makes. */
  public static final int SIDE = 32;

  public VeilSeed {
    if (width < 1 || height < 1 || width > SIDE || height > SIDE) {
      throw new IllegalArgumentException("seed size out of range: " + width + "x" + height);
    }
    if (rgb.length != 3 * width * height) {
      throw new IllegalArgumentException(
          "seed of " + width + "x" + height + " needs " + 3 * width * height + " bytes");
    }
  }

  /** The seed of an upright picture (a thumbnail, say). */
  public static VeilSeed of(BufferedImage upright) {
    int[] size = AreaAverage.fit(upright.getWidth(), upright.getHeight(), SIDE);
    BufferedImage small = AreaAverage.downscale(upright, size[0], size[1]);
    int w = small.getWidth();
    int h = small.getHeight();
    int[] argb = small.getRGB(0, 0, w, h, null, 0, w);
    byte[] rgb = new byte[3 * w * h];
    for (int i = 0; i < argb.length; i++) {
      rgb[3 * i] = (byte) (argb[i] >> 16);
      rgb[3 * i + 1] = (byte) (argb[i] >> 8);
      rgb[3 * i + 2] = (byte) argb[i];
    }
    return new VeilSeed(w, h, rgb);
  }

  /** The stored form. */
  public byte[] encode() {
    byte[] out = new byte[2 + rgb.length];
    out[0] = (byte) width;
    out[1] = (byte) height;
    System.arraycopy(rgb, 0, out, 2, rgb.length);
    return out;
  }

  /**
   * Reads a stored seed.
   *
   * @throws MediaException when the bytes are not a seed (a damaged thumbs.db)
   */
  public static VeilSeed decode(byte[] stored) throws MediaException {
    if (stored == null || stored.length < 2) {
      throw new MediaException("veil seed is empty");
    }
    int w = stored[0] & 0xff;
    int h = stored[1] & 0xff;
    try {
      return new VeilSeed(w, h, java.util.Arrays.copyOfRange(stored, 2, stored.length));
    } catch (IllegalArgumentException e) {
      throw new MediaException("veil seed is damaged: " + e.getMessage(), e);
    }
  }

  /** The seed as a picture, for {@link Blur#blurred}. */
  public BufferedImage image() {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    int[] argb = new int[width * height];
    for (int i = 0; i < argb.length; i++) {
      argb[i] =
          ((rgb[3 * i] & 0xff) << 16) | ((rgb[3 * i + 1] & 0xff) << 8) | (rgb[3 * i + 2] & 0xff);
    }
    image.setRGB(0, 0, width, height, argb, 0, width);
    return image;
  }
}
