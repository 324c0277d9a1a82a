package org.veil.dupes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.veil.media.ImageDecoder;
import org.veil.media.MediaException;
import org.veil.media.Pdq;
import org.veil.media.TestPictures;
import org.veil.model.DuplicateGroup;
import org.veil.model.DuplicateKind;
import org.veil.model.DuplicateMember;
import org.veil.model.ItemPdq;
import org.veil.model.PdqHash;

class NearDuplicatesTest {
  static final Map<String, UnaryOperator<BufferedImage>> EDITS =
      Map.of(
          "resize-50%", image -> resize(image, image.getWidth() / 2, image.getHeight() / 2),
          "jpeg-q40", image -> recompress(image, 0.4f),
          "crop-5%-area", NearDuplicatesTest::crop,
          "brightness+10%", NearDuplicatesTest::brighten,
          "grayscale", org.veil.media.Blur::grayscale);

  @Test
  void editedCopiesGroupWithTheirOriginalAndUnrelatedPicturesStayApart() throws Exception {
    List<ItemPdq> items = new ArrayList<>();
    Map<Long, Long> originalOf = new HashMap<>();
    long id = 1;
    int originals = 6;
    for (int picture = 0; picture < originals; picture++) {
      BufferedImage original = decoded(TestPictures.scene(100 + picture, 800, 600));
      long originalId = id++;
      items.add(new ItemPdq(originalId, Pdq.hash(original)));
      originalOf.put(originalId, originalId);
      for (Map.Entry<String, UnaryOperator<BufferedImage>> edit : EDITS.entrySet()) {
        BufferedImage edited = decoded(edit.getValue().apply(original));
        PdqHash hash = Pdq.hash(edited);
        int distance = Pdq.hamming(hash.hex(), items.get((int) originalId - 1).pdq().hex());
        System.err.printf("picture %d %-15s %2d bits%n", picture, edit.getKey(), distance);
        items.add(new ItemPdq(id, hash));
        originalOf.put(id++, originalId);
      }
    }
    // Unrelated pictures, each alone.
    for (int picture = 0; picture < 12; picture++) {
      BufferedImage other = decoded(TestPictures.scene(500 + picture, 640, 480));
      items.add(new ItemPdq(id, Pdq.hash(other)));
      originalOf.put(id++, -1L);
    }

    List<DuplicateGroup> groups = NearDuplicates.group(items);
    assertEquals(originals, groups.size(), describe(groups));
    for (DuplicateGroup group : groups) {
      assertEquals(DuplicateKind.NEAR, group.kind());
      assertEquals(1 + EDITS.size(), group.size());
      Set<Long> sources =
          group.members().stream().map(m -> originalOf.get(m.itemId())).collect(Collectors.toSet());
      assertEquals(1, sources.size(), "one original per group: " + describe(groups));
      assertTrue(group.members().stream().allMatch(m -> m.distance() <= 31));
      assertEquals(group.representativeId(), group.members().getFirst().itemId());
      assertEquals(0, group.members().getFirst().distance());
    }
  }

  @Test
  void lowQualityHashesAreIgnored() {
    PdqHash flat = Pdq.hash(new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB));
    assertTrue(flat.quality() < NearDuplicates.MIN_QUALITY);
    List<ItemPdq> items = List.of(new ItemPdq(1, flat), new ItemPdq(2, flat));
    assertEquals(List.of(), NearDuplicates.group(items));
    // With the filter lowered they are one group: the filter, not the search, left them out.
    assertEquals(1, NearDuplicates.group(items, 31, 0, 1).size());
  }

  @Test
  void chainsFormOneGroupAndReportDistancesToTheRepresentative() {
    Random random = new Random(3);
    long[] a = {random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong()};
    long[] b = a.clone();
    long[] c = a.clone();
    for (int bit = 0; bit < 40; bit++) {
      long[] target = bit < 20 ? b : c;
      target[bit / 16] ^= 1L << (bit * 3 % 64);
      if (bit < 20) {
        c[bit / 16] ^= 1L << (bit * 3 % 64);
      }
    }
    // a-b 20 bits, b-c 20 bits, a-c 40 bits
    assertEquals(20, PdqBits.distance(a, 0, b, 0));
    assertEquals(20, PdqBits.distance(b, 0, c, 0));
    assertEquals(40, PdqBits.distance(a, 0, c, 0));
    List<DuplicateGroup> groups =
        NearDuplicates.group(
            List.of(
                new ItemPdq(10, new PdqHash(PdqBits.hex(a, 0), 90)),
                new ItemPdq(11, new PdqHash(PdqBits.hex(b, 0), 90)),
                new ItemPdq(12, new PdqHash(PdqBits.hex(c, 0), 90))));
    assertEquals(1, groups.size());
    DuplicateGroup group = groups.getFirst();
    assertEquals(11, group.representativeId(), "b has two neighbours");
    assertEquals(
        List.of(
            new DuplicateMember(11, 0), new DuplicateMember(10, 20), new DuplicateMember(12, 20)),
        group.members());
    // With a smaller distance the chain breaks.
    assertEquals(List.of(), NearDuplicates.group(group(a, b, c), 19));
  }

  @Test
  void identicalHashesManyTimesOverAreOneGroup() {
    String hex = PdqBits.hex(new long[] {1, 2, 3, 4}, 0);
    List<ItemPdq> items = new ArrayList<>();
    for (long i = 0; i < 5000; i++) {
      items.add(new ItemPdq(i, new PdqHash(hex, 100)));
    }
    List<DuplicateGroup> groups = NearDuplicates.group(items);
    assertEquals(1, groups.size());
    assertEquals(5000, groups.getFirst().size());
    assertEquals(0, groups.getFirst().representativeId());
  }

  @Test
  void malformedHashNamesItsItemAndDistanceIsBounded() {
    List<ItemPdq> bad = List.of(new ItemPdq(42, new PdqHash("xyz", 100)));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NearDuplicates.group(bad));
    assertTrue(e.getMessage().startsWith("item 42: "), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> NearDuplicates.group(List.of(), 64));
    assertThrows(IllegalArgumentException.class, () -> NearDuplicates.group(List.of(), -1));
  }

  private static List<ItemPdq> group(long[]... hashes) {
    List<ItemPdq> items = new ArrayList<>();
    for (int i = 0; i < hashes.length; i++) {
      items.add(new ItemPdq(10 + i, new PdqHash(PdqBits.hex(hashes[i], 0), 90)));
    }
    return items;
  }

  private static String describe(List<DuplicateGroup> groups) {
    return groups.stream()
        .map(
            g -> g.members().stream().map(m -> m.itemId() + "@" + m.distance()).toList().toString())
        .collect(Collectors.joining(" "));
  }

  // Every picture goes through JPEG and the ingest's decode, as evidence would.
  private static BufferedImage decoded(BufferedImage image) throws MediaException {
    return ImageDecoder.decode(TestPictures.jpeg(image, 0.9f), ImageDecoder.INGEST_MIN_SIDE)
        .image();
  }

  static BufferedImage resize(BufferedImage image, int width, int height) {
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(image, 0, 0, width, height, null);
    g.dispose();
    return out;
  }

  static BufferedImage recompress(BufferedImage image, float quality) {
    try {
      return ImageDecoder.decode(TestPictures.jpeg(image, quality), 0).image();
    } catch (MediaException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Removes 5% of the area, evenly from all four sides (about 1.3% per side). PDQ does not survive
   * much more: 2.5% off every side moves these scenes 36-58 bits (README, ADR 0122).
   */
  static BufferedImage crop(BufferedImage image) {
    double perSide = (1 - Math.sqrt(0.95)) / 2;
    int dx = (int) Math.round(image.getWidth() * perSide);
    int dy = (int) Math.round(image.getHeight() * perSide);
    BufferedImage cut =
        image.getSubimage(dx, dy, image.getWidth() - 2 * dx, image.getHeight() - 2 * dy);
    return resize(cut, cut.getWidth(), cut.getHeight());
  }

  static BufferedImage brighten(BufferedImage image) {
    BufferedImage out =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        Color c = new Color(image.getRGB(x, y));
        out.setRGB(
            x,
            y,
            new Color(
                    Math.min(255, Math.round(c.getRed() * 1.1f)),
                    Math.min(255, Math.round(c.getGreen() * 1.1f)),
                    Math.min(255, Math.round(c.getBlue() * 1.1f)))
                .getRGB());
      }
    }
    return out;
  }
}
