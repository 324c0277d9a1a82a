package org.veil.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veil.model.PdqHash;

/** Golden tests against the published hashes in {@code ../shared/fixtures/pdq/expected.csv}. */
class PdqTest {
  static final Path FIXTURES =
      Path.of(System.getProperty("veil.shared.fixtures", "../shared/fixtures")).resolve("pdq");
  static final List<String> FILES =
      List.of(
          "bridge-1-original.jpg",
          "bridge-2-rotate-90.jpg",
          "bridge-3-rotate-180.jpg",
          "bridge-4-rotate-270.jpg",
          "bridge-5-flipx.jpg",
          "bridge-6-flipy.jpg",
          "bridge-7-flip-plus-1.jpg",
          "bridge-8-flip-minus-1.jpg");

  static final Map<String, BufferedImage> FULL = new HashMap<>();

  record Published(
      String file, String hash, String quality, String implementation, String compare) {}

  @BeforeAll
  static void decodeFixtures() throws Exception {
    for (String file : FILES) {
      FULL.put(file, ImageDecoder.decode(FIXTURES.resolve("dih").resolve(file), 0).image());
    }
  }

  @Test
  void agreesWithEveryPublishedHash() throws Exception {
    List<Published> rows = published();
    assertEquals(18, rows.size(), "fixture rows");
    int exactRows = 0;
    for (Published row : rows) {
      PdqHash ours = Pdq.hash(FULL.get(row.file()));
      int distance = Pdq.hamming(ours.hex(), row.hash());
      System.err.printf(
          "%-26s %-48s %3d bits  ours %s q=%d%n",
          row.file(), row.implementation(), distance, ours.hex(), ours.quality());
      if (row.compare().equals("exact")) {
        exactRows++;
        assertEquals(row.hash(), ours.hex(), row.file() + " against " + row.implementation());
      } else {
        assertTrue(distance <= 16, row.file() + " " + row.implementation() + ": " + distance);
      }
      if (!row.quality().isEmpty()) {
        assertEquals(Integer.parseInt(row.quality()), ours.quality(), row.file() + " quality");
      }
    }
    assertEquals(2, exactRows);
  }

  @Test
  void rotationsDoNotMatchUnlessDihedralHashesAreCompared() {
    PdqHash original = Pdq.hash(FULL.get(FILES.get(0)));
    List<PdqHash> variants = Pdq.dihedral(FULL.get(FILES.get(0)));
    assertEquals(8, variants.size());
    assertEquals(original, variants.get(0));
    for (int k = 1; k < 8; k++) {
      PdqHash rotatedFile = Pdq.hash(FULL.get(FILES.get(k)));
      int plain = Pdq.hamming(original.hex(), rotatedFile.hex());
      int viaDihedral = Pdq.hamming(variants.get(k).hex(), rotatedFile.hex());
      System.err.printf(
          "%-26s plain %3d  dihedral(%s) %2d%n",
          FILES.get(k), plain, Pdq.DIHEDRAL_VARIANTS.get(k), viaDihedral);
      assertTrue(plain > Pdq.MATCH_DISTANCE, FILES.get(k) + " matched without dihedral: " + plain);
      assertTrue(viaDihedral <= 16, FILES.get(k) + " dihedral distance " + viaDihedral);
    }
  }

  @Test
  void subsampledDecodesHashCloseToFullResolution() throws Exception {
    // The fixtures are 1600x1004: the ingest's decode (shorter side >= 480) reads them at /2;
    // factor 3 shows the trend.
    int worst = 0;
    for (String file : FILES) {
      Path path = FIXTURES.resolve("dih").resolve(file);
      String full = Pdq.hash(FULL.get(file)).hex();
      var ingest = ImageDecoder.decode(path, ImageDecoder.INGEST_MIN_SIDE);
      assertEquals(2, ingest.subsampling());
      assertEquals(
          ingest.image().getRGB(0, 0), ImageDecoder.decode(path, 1004 / 2).image().getRGB(0, 0));
      StringBuilder line = new StringBuilder(file);
      for (int factor = 2; factor <= 3; factor++) {
        var sub = ImageDecoder.decode(path, 1004 / factor);
        assertEquals(factor, sub.subsampling());
        int distance = Pdq.hamming(full, Pdq.hash(sub.image()).hex());
        worst = Math.max(worst, distance);
        line.append("  /").append(factor).append(": ").append(distance).append(" bits");
      }
      System.err.println(line);
    }
    assertTrue(worst <= 12, "worst subsampled distance " + worst);
  }

  @Test
  void cameraSizedPictureHashesAlikeFromTheIngestDecode() throws Exception {
    for (long seed = 2; seed <= 2; seed++) {
      byte[] jpeg = TestPictures.jpeg(TestPictures.scene(seed, 4000, 3000), 0.9f);
      var full = ImageDecoder.decode(jpeg, 0);
      var ingest = ImageDecoder.decode(jpeg, ImageDecoder.INGEST_MIN_SIDE);
      assertEquals(6, ingest.subsampling());
      int distance = Pdq.hamming(Pdq.hash(full.image()).hex(), Pdq.hash(ingest.image()).hex());
      System.err.printf("4000x3000 scene %d: /6 decode differs by %d bits%n", seed, distance);
      assertTrue(distance <= 12, "seed " + seed + ": " + distance);
    }
  }

  @Test
  void hammingCountsBitsAndRejectsMalformedHashes() {
    String zero = "0".repeat(64);
    assertEquals(0, Pdq.hamming(zero, zero));
    assertEquals(256, Pdq.hamming(zero, "f".repeat(64)));
    assertEquals(1, Pdq.hamming(zero, "0".repeat(63) + "1"));
    assertEquals(4, Pdq.hamming(zero, "F" + "0".repeat(63)));
    assertThrows(IllegalArgumentException.class, () -> Pdq.hamming(zero, "abc"));
    assertThrows(IllegalArgumentException.class, () -> Pdq.hamming(zero, "g".repeat(64)));
  }

  @Test
  void blankPictureHasLowQualityAndBusyPictureHigh() {
    BufferedImage blank = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
    assertFalse(Pdq.hash(blank).reliable());
    assertTrue(Pdq.hash(TestPictures.scene(3, 640, 480)).reliable());
  }

  @Test
  void everyHashHasHalfItsBitsSet() {
    for (long seed = 0; seed < 5; seed++) {
      String hex = Pdq.hash(TestPictures.scene(seed, 320, 240)).hex();
      assertEquals(64, hex.length());
      assertEquals(128, Pdq.hamming(hex, "0".repeat(64)), "median threshold, seed " + seed);
    }
  }

  static List<Published> published() throws IOException {
    List<String> lines = Files.readAllLines(FIXTURES.resolve("expected.csv"));
    assertEquals("file,pdq_hash,quality,implementation,compare", lines.get(0));
    List<Published> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      List<String> f = csv(line);
      rows.add(new Published(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4)));
    }
    return rows;
  }

  /** One CSV record with double-quoted fields (the implementation column has commas). */
  static List<String> csv(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
