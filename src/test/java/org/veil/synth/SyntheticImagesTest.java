package org.veil.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.veil.exif.MetadataReader;
import org.veil.model.ExifSummary;
import org.veil.model.Metadata;

class SyntheticImagesTest {
  private static final ExifSpec SPEC =
      ExifSpec.builder()
          .make("Veil Optics")
          .model("Synth One")
          .bodySerial("SN-000123")
          .lensModel("Synth 24-70mm f/2.8")
          .software("SynthFirmware 1.2")
          .takenAt(LocalDateTime.of(2024, 5, 1, 13, 45, 10), ZoneOffset.ofHours(9))
          .gps(-33.868812, 151.209296, -12.5)
          .orientation(6)
          .build();

  @Test
  void exifRoundTripsThroughMetadataReader() {
    byte[] jpeg = SyntheticImages.jpeg(640, 480, 42, 0.85f, SPEC);
    Metadata metadata = MetadataReader.read(jpeg, "synth.jpg");
    assertEquals(List.of(), metadata.problems());
    ExifSummary summary = metadata.summary();
    assertEquals("Veil Optics", summary.make());
    assertEquals("Synth One", summary.model());
    assertEquals("SN-000123", summary.bodySerial());
    assertEquals("Synth 24-70mm f/2.8", summary.lens());
    assertEquals("SynthFirmware 1.2", summary.software());
    assertEquals("2024-05-01T13:45:10+09:00", summary.takenAt());
    assertEquals(-33.868812, summary.gpsLat(), 1e-6);
    assertEquals(151.209296, summary.gpsLon(), 1e-6);
    assertEquals(-12.5, summary.gpsAlt(), 1e-9);
    assertEquals(6, summary.orientation());
    // stored pixels: a picture displayed 640x480 at orientation 6 is stored 480x640
    assertEquals(480, summary.width());
    assertEquals(640, summary.height());
    assertEquals(List.of(), summary.aiClues());
  }

  @Test
  void dateWithoutOffsetStaysLocal() {
    ExifSpec spec =
        ExifSpec.builder().takenAt(LocalDateTime.of(2023, 12, 31, 23, 59, 0), null).build();
    ExifSummary summary =
        MetadataReader.read(SyntheticImages.jpeg(64, 48, 1, 0.8f, spec), "a.jpg").summary();
    assertEquals("2023-12-31T23:59:00", summary.takenAt());
    assertNull(summary.gpsLat());
    assertNull(summary.make());
  }

  @Test
  void sameSeedSameBytesOtherSeedOtherPicture() {
    assertArrayEquals(
        SyntheticImages.jpeg(320, 240, 7, 0.85f, SPEC),
        SyntheticImages.jpeg(320, 240, 7, 0.85f, SPEC));
    assertArrayEquals(
        SyntheticImages.png(SyntheticImages.draw(100, 80, 7)),
        SyntheticImages.png(SyntheticImages.draw(100, 80, 7)));
    List<long[]> hashes =
        List.of(1L, 2L, 3L, 4L, 5L, 6L).stream()
            .map(seed -> averageHash(SyntheticImages.draw(320, 240, seed)))
            .toList();
    for (int a = 0; a < hashes.size(); a++) {
      for (int b = a + 1; b < hashes.size(); b++) {
        int distance = hamming(hashes.get(a), hashes.get(b));
        assertTrue(distance > 40, "seeds " + (a + 1) + "," + (b + 1) + ": distance " + distance);
      }
    }
  }

  /** The red marker is at the displayed top-left, so it sits where EXIF says that corner is. */
  @ParameterizedTest
  @CsvSource({"1,TL", "2,TR", "3,BR", "4,BL", "5,TL", "6,BL", "7,BR", "8,TR"})
  void markerSitsWhereTheOrientationPutsTheDisplayedTopLeft(int orientation, String corner) {
    BufferedImage stored = SyntheticImages.draw(300, 200, 3, orientation);
    assertEquals(orientation >= 5 ? 200 : 300, stored.getWidth());
    int x = corner.endsWith("L") ? 3 : stored.getWidth() - 4;
    int y = corner.startsWith("T") ? 3 : stored.getHeight() - 4;
    Color color = new Color(stored.getRGB(x, y));
    assertTrue(
        color.getRed() > 150 && color.getGreen() < 110 && color.getBlue() < 110,
        "orientation " + orientation + " corner " + corner + " is " + color);
  }

  @Test
  void jpegDecodesAtTheRequestedSize() throws IOException {
    byte[] jpeg = SyntheticImages.jpeg(SyntheticImages.draw(333, 222, 9), 0.7f);
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(jpeg));
    assertEquals(333, decoded.getWidth());
    assertEquals(222, decoded.getHeight());
    assertFalse(Arrays.equals(jpeg, SyntheticImages.jpeg(SyntheticImages.draw(333, 222, 9), 0.5f)));
  }

  /** A 16x16 average hash: coarse structure only, like a perceptual hash. */
  private static long[] averageHash(BufferedImage image) {
    BufferedImage small = SyntheticImages.resized(image, 16, 16);
    int[] gray = new int[256];
    long sum = 0;
    for (int i = 0; i < 256; i++) {
      int rgb = small.getRGB(i % 16, i / 16);
      gray[i] = ((rgb >> 16) & 0xff) * 3 + ((rgb >> 8) & 0xff) * 6 + (rgb & 0xff);
      sum += gray[i];
    }
    long[] bits = new long[4];
    for (int i = 0; i < 256; i++) {
      if (gray[i] * 256L > sum) {
        bits[i / 64] |= 1L << (i % 64);
      }
    }
    return bits;
  }

  private static int hamming(long[] a, long[] b) {
    int distance = 0;
    for (int i = 0; i < a.length; i++) {
      distance += Long.bitCount(a[i] ^ b[i]);
    }
    return distance;
  }
}
