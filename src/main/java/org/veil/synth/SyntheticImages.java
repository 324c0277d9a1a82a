package org.veil.synth;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Benign synthetic pictures (gradients, shapes, digit labels, fine noise), the same pixels and
 * bytes for the same seed. Drawn with Java2D fills, not per-pixel loops, so a 12 MP camera-sized
 * picture stays cheap. A red square marks the displayed top-left corner, so a test can see whether
 * EXIF orientation was applied.
 */
public final class SyntheticImages {
  private static final int NOISE_TILE = 256;

  /** 3x5 digit glyphs, one 15-bit mask per digit, rows top to bottom. */
  private static final int[] DIGITS = {
    0b111_101_101_101_111, 0b010_110_010_010_111, 0b111_001_111_100_111, 0b111_001_111_001_111,
    0b101_101_111_001_001, 0b111_100_111_001_111, 0b111_100_111_101_111, 0b111_001_010_010_010,
    0b111_101_111_101_111, 0b111_101_111_001_111
  };

  private SyntheticImages() {}

  /** A picture to be displayed at width x height, stored upright (orientation 1). */
  public static BufferedImage draw(int width, int height, long seed) {
    return draw(width, height, seed, 1);
  }

  /**
   * The stored pixels of a picture that displays at width x height once EXIF {@code orientation} is
   * applied; for orientations 5-8 the stored image is height x width.
   */
  public static BufferedImage draw(int width, int height, long seed, int orientation) {
    if (width < 8 || height < 8) {
      throw new IllegalArgumentException("too small to draw: " + width + "x" + height);
    }
    boolean swapped = orientation >= 5;
    BufferedImage image =
        new BufferedImage(
            swapped ? height : width, swapped ? width : height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.transform(displayToStored(orientation, width, height));
      paint(g, width, height, new Random(seed));
    } finally {
      g.dispose();
    }
    return image;
  }

  private static void paint(Graphics2D g, int width, int height, Random random) {
    float x1 = random.nextFloat() * width;
    float y1 = random.nextFloat() * height;
    g.setPaint(
        new GradientPaint(
            x1, y1, color(random, 255), width - x1, height - y1, color(random, 255), false));
    g.fillRect(0, 0, width, height);

    int unit = Math.min(width, height);
    int shapes = 6 + random.nextInt(7);
    for (int i = 0; i < shapes; i++) {
      g.setColor(color(random, 120 + random.nextInt(136)));
      double w = unit * (0.1 + random.nextDouble() * 0.5);
      double h = unit * (0.1 + random.nextDouble() * 0.5);
      double x = random.nextDouble() * width - w / 4;
      double y = random.nextDouble() * height - h / 4;
      switch (random.nextInt(4)) {
        case 0 -> g.fill(new Ellipse2D.Double(x, y, w, h));
        case 1 -> g.fill(new RoundRectangle2D.Double(x, y, w, h, w / 5, h / 5));
        case 2 -> g.fill(new Rectangle((int) x, (int) y, (int) w, (int) h));
        default -> {
          Polygon polygon = new Polygon();
          for (int p = 0; p < 3 + random.nextInt(4); p++) {
            polygon.addPoint(
                (int) (x + random.nextDouble() * w), (int) (y + random.nextDouble() * h));
          }
          g.fill(polygon);
        }
      }
    }
    g.setStroke(new BasicStroke(Math.max(1f, unit / 200f)));
    for (int i = 0; i < 10; i++) {
      g.setColor(color(random, 200));
      g.drawLine(
          random.nextInt(width),
          random.nextInt(height),
          random.nextInt(width),
          random.nextInt(height));
    }
    drawWords(g, width, height, random);
    drawDigits(g, Math.abs(random.nextInt(100_000)), unit / 60 + 1, unit / 20, height - unit / 8);

    g.setColor(new Color(220, 20, 20));
    g.fillRect(0, 0, unit / 10, unit / 10); // displayed top-left marker

    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.10f));
    g.setPaint(
        new TexturePaint(
            noiseTile(random.nextLong()), new Rectangle(0, 0, NOISE_TILE, NOISE_TILE)));
    g.fillRect(0, 0, width, height);
  }

  /** Rows of word-like blocks, a stand-in for signage or captions without depending on fonts. */
  private static void drawWords(Graphics2D g, int width, int height, Random random) {
    int line = Math.max(4, Math.min(width, height) / 40);
    int x0 = (int) (width * (0.1 + random.nextDouble() * 0.4));
    int y = (int) (height * (0.15 + random.nextDouble() * 0.4));
    g.setColor(random.nextBoolean() ? new Color(250, 250, 245) : new Color(25, 25, 30));
    for (int row = 0; row < 3 + random.nextInt(3); row++, y += line * 2) {
      int x = x0;
      for (int word = 0; word < 2 + random.nextInt(5) && x < width; word++) {
        int w = line * (2 + random.nextInt(6));
        g.fillRoundRect(x, y, w, line, line / 2, line / 2);
        x += w + line;
      }
    }
  }

  private static void drawDigits(Graphics2D g, int number, int pixel, int x, int y) {
    String text = String.format("%05d", number);
    g.setColor(Color.WHITE);
    for (int c = 0; c < text.length(); c++) {
      int mask = DIGITS[text.charAt(c) - '0'];
      for (int bit = 0; bit < 15; bit++) {
        if ((mask & (1 << (14 - bit))) != 0) {
          g.fillRect(x + (c * 4 + bit % 3) * pixel, y + (bit / 3) * pixel, pixel, pixel);
        }
      }
    }
  }

  /** Sensor-like grain: one small tile of per-pixel noise, repeated by the paint. */
  private static BufferedImage noiseTile(long seed) {
    BufferedImage tile = new BufferedImage(NOISE_TILE, NOISE_TILE, BufferedImage.TYPE_INT_RGB);
    int[] pixels = ((DataBufferInt) tile.getRaster().getDataBuffer()).getData();
    Random random = new Random(seed);
    for (int i = 0; i < pixels.length; i++) {
      int v = random.nextInt(256);
      pixels[i] = (v << 16) | (random.nextInt(256) << 8) | v;
    }
    return tile;
  }

  private static Color color(Random random, int alpha) {
    return new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), alpha);
  }

  /**
   * Maps displayed coordinates to stored ones for an EXIF orientation: the inverse of what a viewer
   * applies, so drawing through it yields pixels that display upright.
   */
  static AffineTransform displayToStored(int orientation, int width, int height) {
    // AffineTransform(m00, m10, m01, m11, m02, m12): x' = m00 x + m01 y + m02, y' = m10 x + m11 y
    // + m12
    return switch (orientation) {
      case 1 -> new AffineTransform();
      case 2 -> new AffineTransform(-1, 0, 0, 1, width, 0);
      case 3 -> new AffineTransform(-1, 0, 0, -1, width, height);
      case 4 -> new AffineTransform(1, 0, 0, -1, 0, height);
      case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
      case 6 -> new AffineTransform(0, -1, 1, 0, 0, width);
      case 7 -> new AffineTransform(0, -1, -1, 0, height, width);
      case 8 -> new AffineTransform(0, 1, -1, 0, height, 0);
      default -> throw new IllegalArgumentException("EXIF orientation must be 1-8: " + orientation);
    };
  }

  /** A copy scaled to width x height with bilinear filtering, as a chat app would resize. */
  public static BufferedImage resized(BufferedImage image, int width, int height) {
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(image, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /** Baseline JPEG at {@code quality} (0-1) with the JDK's encoder; no metadata but JFIF. */
  public static byte[] jpeg(BufferedImage image, float quality) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes =
        new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 3);
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  public static byte[] png(BufferedImage image) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      if (!ImageIO.write(image, "png", out)) {
        throw new IllegalStateException("no PNG writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * A JPEG that displays at width x height, drawn for the spec's orientation and carrying its EXIF.
   * A null spec writes no EXIF.
   */
  public static byte[] jpeg(int width, int height, long seed, float quality, ExifSpec exif) {
    int orientation = exif == null || exif.orientation() == null ? 1 : exif.orientation();
    byte[] plain = jpeg(draw(width, height, seed, orientation), quality);
    return exif == null ? plain : ExifWriter.write(plain, exif, width, height);
  }
}
