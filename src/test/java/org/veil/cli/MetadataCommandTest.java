package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.synth.AiClueSamples;
import picocli.CommandLine;

class MetadataCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine line = new CommandLine(new MetadataCommand());
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));
    return line.execute(args);
  }

  private static Path iphone() {
    return Path.of(
        System.getProperty("veil.shared.fixtures", "../shared/fixtures"),
        "exif",
        "Apple iPhone 4.jpg");
  }

  @Test
  void jsonLinePerFileAndAMissingFileGivesExitOne() throws IOException {
    Path sample = dir.resolve("sd.png");
    Files.write(sample, AiClueSamples.pngWithParameters(3));
    Path missing = dir.resolve("gone.jpg");

    int exit = run("--json", iphone().toString(), missing.toString(), sample.toString());

    assertEquals(1, exit);
    assertEquals(
        List.of("veil metadata: no such file: " + missing), err.toString().lines().toList());
    List<String> lines = out.toString().lines().toList();
    assertEquals(2, lines.size(), out.toString());

    Map<String, Object> phone = parse(lines.get(0));
    assertEquals(List.of("file", "summary", "tags"), List.copyOf(phone.keySet()));
    assertEquals(iphone().toString(), phone.get("file"));
    @SuppressWarnings("unchecked")
    Map<String, Object> summary = (Map<String, Object>) phone.get("summary");
    assertEquals(SummaryJson.FIELDS, List.copyOf(summary.keySet()));
    assertEquals("Apple", summary.get("make"));
    assertEquals("2011-01-13T14:33:39", summary.get("taken_at"));
    assertEquals(41.853, (Double) summary.get("gps_lat"), 0.0001);
    assertEquals(null, summary.get("body_serial")); // written as JSON null, not left out
    assertTrue(summary.containsKey("body_serial"));
    assertEquals(1296, summary.get("width"));
    assertEquals(List.of(), summary.get("ai_clues"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> tags = (List<Map<String, Object>>) phone.get("tags");
    assertTrue(
        tags.contains(
            Map.of("directory", "Exif IFD0", "tag", "Model", "id", 0x0110, "value", "iPhone 4")),
        tags.toString());

    @SuppressWarnings("unchecked")
    Map<String, Object> sd = (Map<String, Object>) parse(lines.get(1)).get("summary");
    assertEquals(List.of("PNG text chunk 'parameters' (Stable Diffusion)"), sd.get("ai_clues"));
    assertEquals(null, sd.get("make"));
  }

  @Test
  void textListingAndExitZero() {
    assertEquals(0, run(iphone().toString()));
    String text = out.toString();
    assertTrue(text.startsWith("== " + iphone()), text);
    assertTrue(text.contains("Make:        Apple"), text);
    assertTrue(text.contains("GPS Latitude (0x0002) = 41° 51' 10.8\""), text);
    assertEquals("", err.toString());
  }

  @Test
  void corruptFileIsListedWithItsProblemNotAFailure() throws IOException {
    Path noise = dir.resolve("noise.jpg");
    Files.write(noise, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
    assertEquals(0, run("--json", noise.toString()));
    Map<String, Object> line = parse(out.toString().strip());
    assertEquals(List.of(), line.get("tags"));
    assertEquals(List.of("file", "summary", "tags"), List.copyOf(line.keySet()));
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
    assertTrue(err.toString().contains("noise.jpg: "), err.toString());
  }

  @Test
  void noFileIsAUsageError() {
    CommandLine line = new CommandLine(new MetadataCommand());
    line.setErr(new PrintWriter(err));
    assertEquals(2, line.execute());
  }

  /** A small reader over jackson-core's streaming parser: objects, arrays, strings, numbers. */
  private static Map<String, Object> parse(String json) throws IOException {
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      assertEquals(JsonToken.START_OBJECT, parser.nextToken());
      @SuppressWarnings("unchecked")
      Map<String, Object> value = (Map<String, Object>) read(parser);
      assertEquals(null, parser.nextToken(), "one object per line");
      return value;
    }
  }

  private static Object read(JsonParser parser) throws IOException {
    return switch (parser.currentToken()) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          map.put(name, read(parser));
        }
        yield map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          list.add(read(parser));
        }
        yield list;
      }
      case VALUE_STRING -> parser.getText();
      case VALUE_NUMBER_INT -> parser.getIntValue();
      case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
      case VALUE_NULL -> null;
      case VALUE_TRUE, VALUE_FALSE -> parser.getBooleanValue();
      default -> throw new IllegalStateException("unexpected " + parser.currentToken());
    };
  }
}
