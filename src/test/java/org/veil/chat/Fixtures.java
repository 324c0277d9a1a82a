package org.veil.chat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The shared public chat samples and their expected parses. */
final class Fixtures {
  private Fixtures() {}

  /** One expected message of a {@code target.json}. */
  record Expected(LocalDateTime timestamp, String author, String message) {}

  static Path shared(String relative) {
    String root = System.getProperty("veil.shared.fixtures", "../shared/fixtures");
    Path path = Path.of(root, "chat").resolve(relative);
    if (!Files.exists(path)) {
      throw new AssertionError("shared fixture missing: " + path.toAbsolutePath());
    }
    return path;
  }

  static List<Expected> target(Path targetJson) throws IOException {
    List<Expected> expected = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(targetJson.toFile())) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new AssertionError("target is not an array");
      }
      while (p.nextToken() == JsonToken.START_OBJECT) {
        String timestamp = null;
        String author = null;
        String message = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          switch (field) {
            case "timestamp" -> timestamp = p.getText();
            case "author" -> author = p.getText();
            case "message" -> message = p.getText();
            default -> p.skipChildren();
          }
        }
        expected.add(new Expected(LocalDateTime.parse(timestamp), author, message));
      }
    }
    return expected;
  }
}
