package org.veil.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class VeilSeedTest {
  @Test
  void aThumbnailsSeedIsAtMost32PixelsAndKeepsItsShape() {
    VeilSeed landscape = VeilSeed.of(TestPictures.scene(1, 256, 192));
    assertEquals(32, landscape.width());
    assertEquals(24, landscape.height());
    VeilSeed portrait = VeilSeed.of(TestPictures.scene(2, 144, 256));
    assertEquals(18, portrait.width());
    assertEquals(32, portrait.height());
    VeilSeed tiny = VeilSeed.of(TestPictures.scene(3, 20, 10));
    assertEquals(20, tiny.width(), "a picture smaller than a seed is kept as it is");
  }

  @Test
  void itRoundTripsThroughItsStoredForm() throws Exception {
    VeilSeed seed = VeilSeed.of(TestPictures.scene(4, 256, 192));
    byte[] stored = seed.encode();
    assertEquals(2 + 3 * 32 * 24, stored.length, "a few kilobytes beside an 8 KB thumbnail");
    VeilSeed back = VeilSeed.decode(stored);
    assertEquals(seed.width(), back.width());
    assertEquals(seed.height(), back.height());
    assertArrayEquals(seed.rgb(), back.rgb());
    BufferedImage image = back.image();
    int argb = image.getRGB(5, 7);
    int i = 3 * (7 * back.width() + 5);
    assertEquals(back.rgb()[i] & 0xff, (argb >> 16) & 0xff);
    assertEquals(back.rgb()[i + 1] & 0xff, (argb >> 8) & 0xff);
    assertEquals(back.rgb()[i + 2] & 0xff, argb & 0xff);
  }

  @Test
  void damagedSeedsAreAClearErrorNotACrash() {
    assertThrows(MediaException.class, () -> VeilSeed.decode(null));
    assertThrows(MediaException.class, () -> VeilSeed.decode(new byte[] {1}));
    assertThrows(MediaException.class, () -> VeilSeed.decode(new byte[] {4, 4, 1, 2, 3}));
    assertThrows(MediaException.class, () -> VeilSeed.decode(new byte[] {0, 0}));
    byte[] tooLarge = new byte[2 + 3 * 64 * 64];
    tooLarge[0] = 64;
    tooLarge[1] = 64;
    assertThrows(MediaException.class, () -> VeilSeed.decode(tooLarge));
  }

  @Test
  void theBlurFromTheSeedIsTheBlurFromTheThumbnail() {
    // The gallery blurs from the seed, the report and older cases from the thumbnail: at every
    // strength the two veils must look the same.
    for (long picture = 1; picture <= 5; picture++) {
      BufferedImage thumbnail = TestPictures.scene(picture, 256, 192);
      BufferedImage seed = VeilSeed.of(thumbnail).image();
      for (int strength = Blur.MIN_STRENGTH; strength <= Blur.MAX_STRENGTH; strength += 2) {
        BufferedImage fromThumbnail = Blur.blurred(thumbnail, strength, 96, 72);
        BufferedImage fromSeed = Blur.blurred(seed, strength, 96, 72);
        double difference = meanAbsoluteDifference(fromThumbnail, fromSeed);
        assertTrue(
            difference < 4,
            "picture %d, strength %d: mean difference %.2f of 255"
                .formatted(picture, strength, difference));
      }
    }
  }

  @Test
  void thumbnailsAreMadeWithTheirSeedUpright() throws Exception {
    // a 200x100 picture stored with EXIF orientation 6 (turn clockwise) is 100x200 upright
    Thumbnailer.Made made = Thumbnailer.make(TestPictures.scene(6, 200, 100), 6);
    assertEquals(100, made.width());
    assertEquals(200, made.height());
    assertEquals(16, made.seed().width());
    assertEquals(32, made.seed().height());
    BufferedImage jpeg = Thumbnailer.readThumbnail(made.jpeg());
    assertEquals(100, jpeg.getWidth());
    assertEquals(200, jpeg.getHeight());
  }

  private static double meanAbsoluteDifference(BufferedImage a, BufferedImage b) {
    long total = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        for (int shift = 0; shift <= 16; shift += 8) {
          total += Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff));
        }
      }
    }
    return total / (3.0 * a.getWidth() * a.getHeight());
  }
}
