package org.veil.media;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.veil.model.PdqHash;

/**
 * PDQ, the 256-bit perceptual hash published by Facebook/Meta (ThreatExchange, "pdq"), written from
 * the published algorithm: luminance, Jarosz tent-filter downsampling to 64x64, the 16x16
 * low-frequency block of a DCT, one bit per coefficient above the median, and a gradient-based
 * quality score.
 *
 * <p>Arithmetic is single-precision in the reference's order of operations, so a picture decoded by
 * ImageIO hashes bit-for-bit like the reference Java hasher (see the golden test). Thread-safe.
 */
public final class Pdq {
  /** Names of the {@link #dihedral} variants, in order, as the reference test data names them. */
  public static final List<String> DIHEDRAL_VARIANTS =
      List.of(
          "original",
          "rotate-90",
          "rotate-180",
          "rotate-270",
          "flip-x",
          "flip-y",
          "flip-plus-1",
          "flip-minus-1");

  /** Hashes within this Hamming distance are the same picture (the published threshold). */
  public static final int MATCH_DISTANCE = 31;

  private static final float LUMA_R = 0.299f;
  private static final float LUMA_G = 0.587f;
  private static final float LUMA_B = 0.114f;
  private static final int JAROSZ_PASSES = 2;
  // Two box passes per axis, each half a 64th of the side: a tent over one output cell.
  private static final int JAROSZ_WINDOW_DIVISOR = 128;

  /** The 16x64 DCT-II basis rows for frequencies 1..16 (frequency 0, the mean, carries no bit). */
  private static final float[][] DCT = dctMatrix();

  private Pdq() {}

  /** The hash and quality of a picture (any ColorModel; pixels read through {@code getRGB}). */
  public static PdqHash hash(BufferedImage image) {
    Spectrum spectrum = spectrum(image);
    return new PdqHash(toHex(bits(spectrum.coefficients)), spectrum.quality);
  }

  /**
   * The hashes of the picture's 8 rotations and mirror images, in {@link #DIHEDRAL_VARIANTS} order,
   * derived from one DCT by sign changes and transposition (a rotation permutes and negates DCT
   * coefficients; no pixel is re-read).
   */
  public static List<PdqHash> dihedral(BufferedImage image) {
    Spectrum spectrum = spectrum(image);
    float[][] a = spectrum.coefficients;
    List<PdqHash> hashes = new ArrayList<>(8);
    for (int variant = 0; variant < 8; variant++) {
      float[][] b = new float[16][16];
      for (int i = 0; i < 16; i++) {
        for (int j = 0; j < 16; j++) {
          // Index i holds frequency i + 1: mirroring an axis negates its odd frequencies.
          boolean iEven = (i & 1) == 0;
          boolean jEven = (j & 1) == 0;
          float v = a[i][j];
          switch (variant) {
            case 0 -> b[i][j] = v;
            case 1 -> b[j][i] = jEven ? -v : v;
            case 2 -> b[i][j] = (iEven != jEven) ? -v : v;
            case 3 -> b[j][i] = iEven ? -v : v;
            case 4 -> b[i][j] = iEven ? -v : v;
            case 5 -> b[i][j] = jEven ? -v : v;
            case 6 -> b[j][i] = v;
            default -> b[j][i] = (iEven != jEven) ? -v : v;
          }
        }
      }
      hashes.add(new PdqHash(toHex(bits(b)), spectrum.quality));
    }
    return hashes;
  }

  /** Number of differing bits between two 64-hex-digit hashes. */
  public static int hamming(String hexA, String hexB) {
    long[] a = toLongs(hexA);
    long[] b = toLongs(hexB);
    int distance = 0;
    for (int i = 0; i < 4; i++) {
      distance += Long.bitCount(a[i] ^ b[i]);
    }
    return distance;
  }

  /** The hash as four longs, most significant hex digits first; rejects anything but 64 hex. */
  public static long[] toLongs(String hex) {
    if (hex == null || hex.length() != 64) {
      throw new IllegalArgumentException("a PDQ hash is 64 hex digits: " + hex);
    }
    long[] words = new long[4];
    for (int i = 0; i < 4; i++) {
      words[i] = Long.parseUnsignedLong(hex.substring(16 * i, 16 * i + 16), 16);
    }
    return words;
  }

  private record Spectrum(float[][] coefficients, int quality) {}

  private static Spectrum spectrum(BufferedImage image) {
    int rows = image.getHeight();
    int cols = image.getWidth();
    float[] buffer1 = luminance(image);
    float[] buffer2 = new float[rows * cols];
    int windowAlongRows = windowSize(cols);
    int windowAlongCols = windowSize(rows);
    float[] columnSums = new float[cols];
    for (int pass = 0; pass < JAROSZ_PASSES; pass++) {
      for (int i = 0; i < rows; i++) {
        box(buffer1, i * cols, buffer2, cols, 1, windowAlongRows);
      }
      boxColumns(buffer2, buffer1, rows, cols, windowAlongCols, columnSums);
    }
    float[][] small = new float[64][64];
    for (int i = 0; i < 64; i++) {
      int row = (int) (((i + 0.5) * rows) / 64);
      for (int j = 0; j < 64; j++) {
        int col = (int) (((j + 0.5) * cols) / 64);
        small[i][j] = buffer1[row * cols + col];
      }
    }
    return new Spectrum(dct16(small), quality(small));
  }

  private static float[] luminance(BufferedImage image) {
    int rows = image.getHeight();
    int cols = image.getWidth();
    float[] luma = new float[rows * cols];
    int[] line = new int[cols];
    RgbRows pixels = new RgbRows(image);
    for (int i = 0; i < rows; i++) {
      pixels.read(i, line);
      for (int j = 0; j < cols; j++) {
        int rgb = line[j];
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        luma[i * cols + j] = LUMA_R * r + LUMA_G * g + LUMA_B * b;
      }
    }
    return luma;
  }

  private static int windowSize(int dimension) {
    return (dimension + JAROSZ_WINDOW_DIVISOR - 1) / JAROSZ_WINDOW_DIVISOR;
  }

  /**
   * One box-filter pass along a line of {@code length} values {@code stride} apart, the window
   * centred on each output and shrinking at both ends (Jarosz, "Fast Image Convolutions", 2001).
   */
  private static void box(float[] in, int offset, float[] out, int length, int stride, int window) {
    int half = (window + 2) / 2;
    int leadIn = half - 1;
    int growing = window - half + 1;
    int full = length - window;
    int trailing = half - 1;
    int left = offset;
    int right = offset;
    int target = offset;
    float sum = 0f;
    int count = 0;
    for (int n = 0; n < leadIn; n++) {
      sum += in[right];
      count++;
      right += stride;
    }
    for (int n = 0; n < growing; n++) {
      sum += in[right];
      count++;
      out[target] = sum / count;
      right += stride;
      target += stride;
    }
    for (int n = 0; n < full; n++) {
      sum += in[right];
      sum -= in[left];
      out[target] = sum / count;
      left += stride;
      right += stride;
      target += stride;
    }
    for (int n = 0; n < trailing; n++) {
      sum -= in[left];
      count--;
      out[target] = sum / count;
      left += stride;
      target += stride;
    }
  }

  /**
   * {@link #box} down every column at once, a row at a time (cache-friendly). Each column sees the
   * same float operations in the same order as a column-by-column pass, so results are
   * bit-identical.
   */
  private static void boxColumns(
      float[] in, float[] out, int rows, int cols, int window, float[] sum) {
    int half = (window + 2) / 2;
    int leadIn = half - 1;
    int growing = window - half + 1;
    int full = rows - window;
    int trailing = half - 1;
    java.util.Arrays.fill(sum, 0f);
    int left = 0;
    int right = 0;
    int target = 0;
    int count = 0;
    for (int n = 0; n < leadIn; n++) {
      add(sum, in, right++ * cols, cols);
      count++;
    }
    for (int n = 0; n < growing; n++) {
      add(sum, in, right++ * cols, cols);
      count++;
      divide(sum, count, out, target++ * cols, cols);
    }
    for (int n = 0; n < full; n++) {
      int r = right++ * cols;
      int l = left++ * cols;
      for (int j = 0; j < cols; j++) {
        sum[j] += in[r + j];
        sum[j] -= in[l + j];
      }
      divide(sum, count, out, target++ * cols, cols);
    }
    for (int n = 0; n < trailing; n++) {
      int l = left++ * cols;
      for (int j = 0; j < cols; j++) {
        sum[j] -= in[l + j];
      }
      count--;
      divide(sum, count, out, target++ * cols, cols);
    }
  }

  private static void add(float[] sum, float[] in, int offset, int cols) {
    for (int j = 0; j < cols; j++) {
      sum[j] += in[offset + j];
    }
  }

  private static void divide(float[] sum, int count, float[] out, int offset, int cols) {
    for (int j = 0; j < cols; j++) {
      out[offset + j] = sum[j] / count;
    }
  }

  // Counts significant luminance steps between neighbours of the 64x64 image; flat or nearly
  // blank pictures score low and their hashes are noise. Constants are the published heuristic.
  private static int quality(float[][] small) {
    int gradientSum = 0;
    for (int i = 0; i < 63; i++) {
      for (int j = 0; j < 64; j++) {
        gradientSum += Math.abs((int) (((small[i][j] - small[i + 1][j]) * 100) / 255));
      }
    }
    for (int i = 0; i < 64; i++) {
      for (int j = 0; j < 63; j++) {
        gradientSum += Math.abs((int) (((small[i][j] - small[i][j + 1]) * 100) / 255));
      }
    }
    return Math.min(100, gradientSum / 90);
  }

  private static float[][] dctMatrix() {
    float scale = (float) Math.sqrt(2.0 / 64.0);
    float[][] d = new float[16][64];
    for (int i = 0; i < 16; i++) {
      for (int j = 0; j < 64; j++) {
        d[i][j] = (float) (scale * Math.cos((Math.PI / 2 / 64.0) * (i + 1) * (2 * j + 1)));
      }
    }
    return d;
  }

  /** B = D A D^T, computing only the 16x16 block the hash uses. */
  private static float[][] dct16(float[][] a) {
    float[][] t = new float[16][64];
    for (int i = 0; i < 16; i++) {
      for (int j = 0; j < 64; j++) {
        float sum = 0f;
        for (int k = 0; k < 64; k++) {
          sum += DCT[i][k] * a[k][j];
        }
        t[i][j] = sum;
      }
    }
    float[][] b = new float[16][16];
    for (int i = 0; i < 16; i++) {
      for (int j = 0; j < 16; j++) {
        float sum = 0f;
        for (int k = 0; k < 64; k++) {
          sum += t[i][k] * DCT[j][k];
        }
        b[i][j] = sum;
      }
    }
    return b;
  }

  /** Row i of the 16x16 block as 16 bits (bit j = column j), set where above the median. */
  private static int[] bits(float[][] coefficients) {
    float[] sorted = new float[256];
    for (int i = 0; i < 16; i++) {
      System.arraycopy(coefficients[i], 0, sorted, 16 * i, 16);
    }
    Arrays.sort(sorted);
    float median = sorted[127]; // the lower median, as the reference's Torben selection gives
    int[] rows = new int[16];
    for (int i = 0; i < 16; i++) {
      for (int j = 0; j < 16; j++) {
        if (coefficients[i][j] > median) {
          rows[i] |= 1 << j;
        }
      }
    }
    return rows;
  }

  /** Rows 15 down to 0, four hex digits each: the published text form. */
  private static String toHex(int[] rows) {
    StringBuilder hex = new StringBuilder(64);
    for (int i = 15; i >= 0; i--) {
      hex.append(String.format("%04x", rows[i]));
    }
    return hex.toString();
  }
}
