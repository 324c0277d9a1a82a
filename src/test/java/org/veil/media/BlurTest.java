package org.veil.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class BlurTest {
  @Test
  void textLosesNearlyAllHighFrequencyEnergy() {
    BufferedImage text = TestPictures.text(400, 300);
    BufferedImage blurred = Blur.blurred(text, Blur.DEFAULT_STRENGTH);
    assertEquals(400, blurred.getWidth());
    assertEquals(300, blurred.getHeight());
    double before = meanAbsLaplacian(text);
    double after = meanAbsLaplacian(blurred);
    System.err.printf("text: laplacian %.3f -> %.4f%n", before, after);
    assertTrue(before > 10, "the test picture has edges: " + before);
    assertTrue(after < before / 100, "blurred %.4f vs sharp %.3f".formatted(after, before));
  }

  @Test
  void sceneKeepsItsColoursButNotItsEdges() {
    BufferedImage scene = TestPictures.scene(42, 640, 480);
    for (int strength = Blur.MIN_STRENGTH; strength <= Blur.MAX_STRENGTH; strength++) {
      BufferedImage blurred = Blur.blurred(scene, strength);
      // Smooth pictures sit near the 8-bit rounding floor of the mean Laplacian, so count edges.
      double before = edgeFraction(scene);
      double after = edgeFraction(blurred);
      assertTrue(before > 0.02, "the scene has edges: " + before);
      assertEquals(0.0, after, "strength %d: edge pixels remain".formatted(strength));
      // Mean colour survives for triage.
      int[] meanBefore = meanRgb(scene);
      int[] meanAfter = meanRgb(blurred);
      for (int c = 0; c < 3; c++) {
        assertTrue(Math.abs(meanBefore[c] - meanAfter[c]) <= 6, "channel " + c);
      }
    }
  }

  @Test
  void checkerboardOfEightPixelSquaresBecomesFlat() {
    BufferedImage board = TestPictures.checkerboard(256, 256, 8);
    BufferedImage blurred = Blur.blurred(board, Blur.DEFAULT_STRENGTH);
    double spread = standardDeviation(blurred);
    System.err.printf("checkerboard: stddev %.2f -> %.2f%n", standardDeviation(board), spread);
    assertTrue(standardDeviation(board) > 100);
    assertTrue(spread < 8, "blurred checkerboard spread " + spread);
  }

  @Test
  void blurringToALargeDisplaySizeAddsNoDetail() {
    // A thumbnail drawn as a full-screen preview: still only the tiny copy's information.
    BufferedImage thumb = TestPictures.scene(7, 256, 192);
    BufferedImage large = Blur.blurred(thumb, Blur.DEFAULT_STRENGTH, 1600, 1200);
    assertEquals(1600, large.getWidth());
    assertTrue(edgeFraction(thumb) > 0.02);
    assertEquals(0.0, edgeFraction(large), "no edge pixel in the enlarged blur");
  }

  @Test
  void blurredWithinKeepsTheShapeAndTheBound() {
    BufferedImage blurred = Blur.blurredWithin(TestPictures.scene(3, 256, 192), 6, Blur.SHOWN_SIDE);
    assertEquals(96, blurred.getWidth());
    assertEquals(72, blurred.getHeight());
    assertEquals(0.0, edgeFraction(blurred));
    BufferedImage small = Blur.blurredWithin(TestPictures.scene(3, 40, 30), 6, Blur.SHOWN_SIDE);
    assertEquals(40, small.getWidth(), "never enlarged past the source");
  }

  @Test
  void strengthMapsToTinyCopySize() {
    assertEquals(16, Blur.tinySide(0));
    assertEquals(8, Blur.tinySide(10));
    assertEquals(8, Blur.tinySide(99));
    assertEquals(16, Blur.tinySide(-5));
    assertTrue(Blur.tinySide(Blur.DEFAULT_STRENGTH) < 16);
  }

  @Test
  void grayscaleUsesLuminance() {
    BufferedImage red = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = red.createGraphics();
    g.setColor(new Color(255, 0, 0));
    g.fillRect(0, 0, 4, 4);
    g.dispose();
    int rgb = Blur.grayscale(red).getRGB(1, 1) & 0xffffff;
    assertEquals(0x4c4c4c, rgb); // 0.299 * 255 = 76
  }

  /** Mean absolute 4-neighbour Laplacian of luminance: high for edges, text and noise. */
  static double meanAbsLaplacian(BufferedImage image) {
    return laplacian(image, -1);
  }

  /** The share of pixels whose absolute Laplacian exceeds 6 grey levels: edges, strokes. */
  static double edgeFraction(BufferedImage image) {
    return laplacian(image, 6);
  }

  private static double laplacian(BufferedImage image, double threshold) {
    int w = image.getWidth();
    int h = image.getHeight();
    double[] lum = new double[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int rgb = image.getRGB(x, y);
        lum[y * w + x] =
            0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
      }
    }
    double sum = 0;
    for (int y = 1; y < h - 1; y++) {
      for (int x = 1; x < w - 1; x++) {
        int i = y * w + x;
        double v = Math.abs(4 * lum[i] - lum[i - 1] - lum[i + 1] - lum[i - w] - lum[i + w]);
        sum += threshold < 0 ? v : (v > threshold ? 1 : 0);
      }
    }
    return sum / ((w - 2.0) * (h - 2.0));
  }

  private static double standardDeviation(BufferedImage image) {
    double sum = 0;
    double sq = 0;
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int v = image.getRGB(x, y) & 0xff;
        sum += v;
        sq += v * v;
        n++;
      }
    }
    double mean = sum / n;
    return Math.sqrt(sq / n - mean * mean);
  }

  private static int[] meanRgb(BufferedImage image) {
    long r = 0;
    long g = 0;
    long b = 0;
    int n = image.getWidth() * image.getHeight();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        r += (rgb >> 16) & 0xff;
        g += (rgb >> 8) & 0xff;
        b += rgb & 0xff;
      }
    }
    return new int[] {(int) (r / n), (int) (g / n), (int) (b / n)};
  }
}
