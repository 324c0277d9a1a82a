package org.veil.media;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Synthetic, benign test pictures: gradients, shapes and text, different for every seed. */
public final class TestPictures {
  private TestPictures() {}

  /** A visually busy scene: a gradient sky, random shapes, lines and a caption. */
  public static BufferedImage scene(long seed, int width, int height) {
    Random random = new Random(seed);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, color(random), width, height, color(random)));
    g.fillRect(0, 0, width, height);
    int shapes = 6 + random.nextInt(8);
    for (int i = 0; i < shapes; i++) {
      g.setColor(color(random));
      int w = width / 8 + random.nextInt(width / 3);
      int h = height / 8 + random.nextInt(height / 3);
      int x = random.nextInt(width - w / 2) - w / 4;
      int y = random.nextInt(height - h / 2) - h / 4;
      switch (random.nextInt(3)) {
        case 0 -> g.fillOval(x, y, w, h);
        case 1 -> g.fillRect(x, y, w, h);
        default -> g.fillPolygon(new int[] {x, x + w, x + w / 2}, new int[] {y + h, y + h, y}, 3);
      }
    }
    g.setStroke(new BasicStroke(Math.max(2, width / 200f)));
    for (int i = 0; i < 5; i++) {
      g.setColor(color(random));
      g.drawLine(
          random.nextInt(width), random.nextInt(height),
          random.nextInt(width), random.nextInt(height));
    }
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, height / 12)));
    g.drawString("Case " + seed, width / 10, height - height / 10);
    g.dispose();
    return image;
  }

  /** Squares of {@code square} px alternating black and white. */
  public static BufferedImage checkerboard(int width, int height, int square) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        boolean white = ((x / square) + (y / square)) % 2 == 0;
        image.setRGB(x, y, white ? 0xffffff : 0x000000);
      }
    }
    return image;
  }

  /** Small black text lines on white, like a document photo. */
  public static BufferedImage text(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    for (int y = 20; y < height; y += 18) {
      g.drawString("The quick brown fox jumps over the lazy dog 0123456789", 5, y);
    }
    g.dispose();
    return image;
  }

  public static byte[] jpeg(BufferedImage image, float quality) {
    try {
      ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
        writer.setOutput(out);
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        writer.write(null, new IIOImage(image, null, null), param);
      } finally {
        writer.dispose();
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] encode(BufferedImage image, String format) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      if (!ImageIO.write(image, format, bytes)) {
        throw new IllegalStateException("no writer for " + format + " and " + image.getType());
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Color color(Random random) {
    return Color.getHSBColor(
        random.nextFloat(), 0.4f + 0.6f * random.nextFloat(), 0.3f + 0.7f * random.nextFloat());
  }
}
