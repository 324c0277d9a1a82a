package org.veil.exif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.veil.model.ExifSummary;

/** Summary fields of the four shared camera JPEGs, checked against their golden listings. */
class FixtureSummaryTest {
  private static final Pattern DMS = Pattern.compile("(-?\\d+)° (\\d+)' ([\\d.]+)\"");

  private static ExifSummary summary(String camera) {
    return MetadataReader.read(GoldenFixturesTest.fixtures().resolve(camera + ".jpg")).summary();
  }

  @Test
  void iphoneHasGpsFromItsGoldenLines() throws IOException {
    ExifSummary summary = summary("Apple iPhone 4");
    Path golden =
        GoldenFixturesTest.fixtures().resolve("Apple iPhone 4.jpg.metadata-extractor.txt");
    List<String> lines = Files.readAllLines(golden);
    double lat = degrees(value(lines, "[GPS - 0x0002]"), value(lines, "[GPS - 0x0001]"));
    double lon = degrees(value(lines, "[GPS - 0x0004]"), value(lines, "[GPS - 0x0003]"));
    assertEquals(41.853, lat, 0.0001); // the golden parse itself is right
    assertEquals(lat, summary.gpsLat(), 0.00005);
    assertEquals(lon, summary.gpsLon(), 0.00005);
    assertNull(summary.gpsAlt());
    assertEquals("Apple", summary.make());
    assertEquals("iPhone 4", summary.model());
    assertEquals("4.1", summary.software());
    assertEquals("2011-01-13T14:33:39", summary.takenAt());
    assertEquals(1, summary.orientation());
    assertEquals(1296, summary.width());
    assertEquals(968, summary.height());
    assertEquals(List.of(), summary.aiClues());
  }

  @Test
  void canonTakesSerialAndLensFromXmpAndIgnoresTheLaterEditDate() {
    ExifSummary summary = summary("Canon EOS 7D");
    assertEquals("Canon", summary.make());
    assertEquals("Canon EOS 7D", summary.model());
    assertEquals("380319450", summary.bodySerial());
    assertEquals("EF24-70mm f/2.8L USM", summary.lens());
    assertEquals("Adobe Photoshop Lightroom", summary.software());
    assertEquals("2010-12-12T12:41:35", summary.takenAt()); // not the 2011 Date/Time edit
    assertEquals(600, summary.width());
    assertEquals(900, summary.height());
    assertFalse(summary.hasGps());
    assertEquals(List.of(), summary.aiClues());
  }

  @Test
  void fujiAndHtc() {
    ExifSummary fuji = summary("FujiFilm DX-10");
    assertEquals("FUJIFILM", fuji.make());
    assertEquals("DX-10", fuji.model());
    assertEquals("2001-04-12T20:33:14", fuji.takenAt());
    assertEquals(1024, fuji.width());
    assertEquals(768, fuji.height());
    ExifSummary htc = summary("HTC One");
    assertEquals("2013-05-29T09:33:20", htc.takenAt());
    assertEquals(2688, htc.width());
    assertEquals(1520, htc.height());
    assertTrue(htc.aiClues().isEmpty());
  }

  private static String value(List<String> lines, String prefix) {
    return lines.stream()
        .filter(l -> l.startsWith(prefix))
        .findFirst()
        .map(l -> l.substring(l.indexOf(" = ") + 3))
        .orElseThrow();
  }

  private static double degrees(String dms, String ref) {
    Matcher matcher = DMS.matcher(dms);
    assertTrue(matcher.matches(), dms);
    double value =
        Double.parseDouble(matcher.group(1))
            + Double.parseDouble(matcher.group(2)) / 60
            + Double.parseDouble(matcher.group(3)) / 3600;
    return ref.equals("S") || ref.equals("W") ? -value : value;
  }
}
