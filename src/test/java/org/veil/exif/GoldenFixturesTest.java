package org.veil.exif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.veil.model.Metadata;
import org.veil.model.MetadataTag;

/**
 * Every line metadata-extractor's own regression output lists for the four shared camera JPEGs must
 * come back as a tag from {@link MetadataReader}. Documented exceptions:
 *
 * <ul>
 *   <li>the "File" directory (name, size, modified date) is made by metadata-extractor's
 *       file-system reader, not read from the file's content; Veil records those facts itself from
 *       the evidence source, so {@code MetadataReader} does not produce it;
 *   <li>"[XMPMeta - namespace] path = value" lines are compared by path and value under the
 *       directory name {@code XMPMeta} with id 0, since XMP properties have no numeric tag id.
 * </ul>
 */
class GoldenFixturesTest {
  private static final Pattern TAG_LINE =
      Pattern.compile("^\\[(.+?) - 0x([0-9a-f]+)\\] (.+?) = (.*)$");
  private static final Pattern XMP_LINE = Pattern.compile("^\\[XMPMeta - (.+?)\\] (.+?) = (.*)$");

  static Path fixtures() {
    return Path.of(System.getProperty("veil.shared.fixtures", "../shared/fixtures"), "exif");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Apple iPhone 4", "Canon EOS 7D", "FujiFilm DX-10", "HTC One"})
  void everyGoldenLineIsAmongTheTags(String camera) throws IOException {
    Path image = fixtures().resolve(camera + ".jpg");
    Metadata metadata = MetadataReader.read(image);
    Set<String> actual = new HashSet<>();
    for (MetadataTag tag : metadata.tags()) {
      actual.add(key(tag.directory(), tag.id(), tag.tag(), tag.value()));
    }
    List<String> expected = golden(image.resolveSibling(camera + ".jpg.metadata-extractor.txt"));
    assertTrue(expected.size() > 40, "golden file parsed: " + expected.size() + " lines");
    List<String> missing = new ArrayList<>();
    for (String line : expected) {
      if (!actual.contains(line)) {
        missing.add(line);
      }
    }
    assertEquals(List.of(), missing, "golden lines missing from MetadataReader's tags");
    assertEquals(List.of(), metadata.problems());
  }

  /** The same bytes read from memory give the same tags as reading the file. */
  @ParameterizedTest
  @ValueSource(strings = {"Apple iPhone 4", "HTC One"})
  void bytesAndPathAgree(String camera) throws IOException {
    Path image = fixtures().resolve(camera + ".jpg");
    Metadata fromPath = MetadataReader.read(image);
    Metadata fromBytes = MetadataReader.read(Files.readAllBytes(image), camera + ".jpg");
    assertEquals(fromPath, fromBytes);
  }

  static List<String> golden(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      Matcher tag = TAG_LINE.matcher(line);
      Matcher xmp = XMP_LINE.matcher(line);
      if (tag.matches()) {
        if (tag.group(1).equals("File")) {
          continue; // file-system facts, see the class comment
        }
        lines.add(
            key(
                tag.group(1),
                Integer.parseUnsignedInt(tag.group(2), 16),
                tag.group(3),
                tag.group(4)));
      } else if (xmp.matches()) {
        lines.add(key(MetadataReader.XMP_PROPERTIES, 0, xmp.group(2), xmp.group(3)));
      }
    }
    assertNotNull(lines);
    return lines;
  }

  private static String key(String directory, int id, String tag, String value) {
    return directory + " | " + id + " | " + tag + " | " + value;
  }
}
