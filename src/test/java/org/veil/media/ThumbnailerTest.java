package org.veil.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.veil.model.DecodedImage;

class ThumbnailerTest {
  @Test
  void cameraPhotoBecomesA256PxJpegFromTheSubsampledDecode() throws Exception {
    byte[] jpeg = TestPictures.jpeg(TestPictures.scene(1, 4000, 3000), 0.85f);
    DecodedImage decoded = ImageDecoder.decode(jpeg, ImageDecoder.INGEST_MIN_SIDE);
    byte[] thumb = Thumbnailer.jpegThumbnail(decoded.image(), 1);
    assertEquals((byte) 0xff, thumb[0]);
    assertEquals((byte) 0xd8, thumb[1]);
    assertTrue(thumb.length < 40_000, "thumbnail is small: " + thumb.length);
    BufferedImage back = Thumbnailer.readThumbnail(thumb);
    assertEquals(256, back.getWidth());
    assertEquals(192, back.getHeight());
  }

  @Test
  void orientationSixTurnsTheThumbnailUpright() throws Exception {
    // A landscape frame stored sideways: its red top-left corner must end up top-right.
    BufferedImage stored = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = stored.createGraphics();
    g.setColor(Color.BLUE);
    g.fillRect(0, 0, 400, 300);
    g.setColor(Color.RED);
    g.fillRect(0, 0, 100, 100);
    g.dispose();
    BufferedImage thumb = Thumbnailer.readThumbnail(Thumbnailer.jpegThumbnail(stored, 6, 256));
    assertEquals(192, thumb.getWidth());
    assertEquals(256, thumb.getHeight());
    assertReddish(thumb.getRGB(thumb.getWidth() - 10, 10));
    assertBluish(thumb.getRGB(10, 10));
  }

  @Test
  void everyExifOrientationMapsPixelsAsTheSpecificationDraws() {
    // Stored 3x2 picture  a b c / d e f; expected upright results per EXIF orientation.
    BufferedImage stored = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
    int[] abcdef = {1, 2, 3, 4, 5, 6};
    stored.setRGB(0, 0, 3, 2, abcdef, 0, 3);
    int[][] expected = {
      null,
      {3, 2, 3, 2, 1, 6, 5, 4}, // 2: mirrored
      {3, 2, 6, 5, 4, 3, 2, 1}, // 3: rotated 180
      {3, 2, 4, 5, 6, 1, 2, 3}, // 4: flipped vertically
      {2, 3, 1, 4, 2, 5, 3, 6}, // 5: transposed
      {2, 3, 4, 1, 5, 2, 6, 3}, // 6: rotated 90 clockwise
      {2, 3, 6, 3, 5, 2, 4, 1}, // 7: transversed
      {2, 3, 3, 6, 2, 5, 1, 4}, // 8: rotated 90 counter-clockwise
    };
    for (int orientation = 2; orientation <= 8; orientation++) {
      BufferedImage upright = Orientation.apply(stored, orientation);
      int[] want = expected[orientation - 1];
      assertEquals(want[0], upright.getWidth(), "width, orientation " + orientation);
      assertEquals(want[1], upright.getHeight(), "height, orientation " + orientation);
      int[] got = upright.getRGB(0, 0, want[0], want[1], null, 0, want[0]);
      for (int i = 0; i < got.length; i++) {
        got[i] &= 0xffffff;
      }
      assertArrayEquals(
          java.util.Arrays.copyOfRange(want, 2, want.length), got, "orientation " + orientation);
    }
    int[] same = Orientation.apply(stored, 1).getRGB(0, 0, 3, 2, null, 0, 3);
    assertEquals(6, same[5] & 0xffffff);
  }

  @Test
  void transparentPixelsBecomeWhiteAndSmallPicturesKeepTheirSize() throws Exception {
    BufferedImage icon = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
    BufferedImage thumb = Thumbnailer.readThumbnail(Thumbnailer.jpegThumbnail(icon, 1, 256));
    assertEquals(40, thumb.getWidth());
    assertEquals(30, thumb.getHeight());
    int rgb = thumb.getRGB(20, 15);
    assertTrue((rgb & 0xff) > 245 && ((rgb >> 16) & 0xff) > 245, Integer.toHexString(rgb));
  }

  @Test
  void areaAveragingKeepsTheMeanColourOfFineDetail() {
    // A 1 px checkerboard sampled naively turns black or white; averaged it is mid-gray.
    BufferedImage fine = TestPictures.checkerboard(512, 512, 1);
    assertMidGray(AreaAverage.downscale(fine, 128, 128), 1);
    // Non-integer ratio: cells cover fractions of pixels, the mean stays near the middle.
    assertMidGray(AreaAverage.downscale(fine, 100, 100), 10);
  }

  private static void assertMidGray(BufferedImage small, int tolerance) {
    for (int y = 0; y < small.getHeight(); y += 7) {
      for (int x = 0; x < small.getWidth(); x += 7) {
        int v = small.getRGB(x, y) & 0xff;
        assertTrue(Math.abs(v - 128) <= tolerance, "pixel " + x + "," + y + " = " + v);
      }
    }
  }

  @Test
  void corruptThumbnailBlobIsAReason() {
    assertThrows(MediaException.class, () -> Thumbnailer.readThumbnail(new byte[] {1, 2, 3}));
    assertThrows(MediaException.class, () -> Thumbnailer.readThumbnail(new byte[0]));
  }

  private static void assertReddish(int rgb) {
    assertTrue(((rgb >> 16) & 0xff) > 200 && (rgb & 0xff) < 60, Integer.toHexString(rgb));
  }

  private static void assertBluish(int rgb) {
    assertTrue(((rgb >> 16) & 0xff) < 60 && (rgb & 0xff) > 200, Integer.toHexString(rgb));
  }
}
