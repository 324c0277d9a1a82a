package org.veil.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No words hard-coded in the UI: a string literal with a letter in it, passed to a call that puts
 * text on screen, fails the build unless it is a bundle lookup ({@code I18n.text("...")}) or a key
 * of the bundle (a key chosen by a condition).
 */
class UiStringsTest {
  private static final Path SOURCES = Path.of("src/main/java/org/veil/ui");

  private static final Pattern CALL =
      Pattern.compile(
          "(?:\\.setText|new Label|new Button|new MenuItem|new CheckMenuItem|new RadioMenuItem"
              + "|new Tab|\\.setPromptText|new Menu|\\.setTitle|\\.setHeaderText|\\.setContentText"
              + "|Tooltip|new CheckBox|new RadioButton|new ToggleButton|new TitledPane"
              + "|\\.setPlaceholder|new Hyperlink)\\(");
  private static final Pattern LOOKUP =
      Pattern.compile("(?:I18n\\.(?:text|format)|System\\.getProperty)\\(\\s*\"[^\"]*\"");
  // printf placeholders such as %d or %.5f are not words
  private static final Pattern PLACEHOLDER = Pattern.compile("%[-#+ 0,(]*\\d*(?:\\.\\d+)?[a-zA-Z]");
  private static final Set<String> KEYS = I18n.bundle(java.util.Locale.ROOT).keySet();
  private static final Pattern LITERAL = Pattern.compile("\"((?:\\\\.|[^\"\\\\])*)\"");

  /** The hard-coded words in {@code source}: literals with a letter, outside bundle lookups. */
  static List<String> hardCoded(String source) {
    List<String> found = new ArrayList<>();
    Matcher call = CALL.matcher(source);
    while (call.find()) {
      String args = LOOKUP.matcher(arguments(source, call.end())).replaceAll("I18n");
      Matcher literal = LITERAL.matcher(args);
      while (literal.find()) {
        String text = literal.group(1);
        String words = PLACEHOLDER.matcher(text).replaceAll("");
        if (words.codePoints().anyMatch(Character::isLetter) && !KEYS.contains(text)) {
          found.add(text);
        }
      }
    }
    return found;
  }

  /** The text up to the parenthesis that closes the call opened just before {@code from}. */
  private static String arguments(String source, int from) {
    int depth = 1;
    boolean quoted = false;
    for (int i = from; i < source.length(); i++) {
      char c = source.charAt(i);
      if (quoted) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return source.substring(from, i);
      }
    }
    return source.substring(from);
  }

  private static TreeMap<String, List<String>> scan() throws IOException {
    TreeMap<String, List<String>> byFile = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String name = SOURCES.relativize(file).toString().replace('\\', '/');
        byFile.put(name, hardCoded(Files.readString(file)));
      }
    }
    return byFile;
  }

  @Test
  void noFileHardCodesWords() throws IOException {
    TreeMap<String, List<String>> offenders = new TreeMap<>();
    scan()
        .forEach(
            (file, words) -> {
              if (!words.isEmpty()) {
                offenders.put(file, words);
              }
            });
    assertEquals(new TreeMap<>(), offenders, "put these in messages.properties");
  }

  @Test
  void theScanSeesWordsAndIgnoresKeysAndSymbols() {
    String source =
        """
        label.setText("Open case");
        new Button(I18n.text("welcome.openDemo"), icon);
        tip = new Tooltip(count + " items");
        close.setText("×");
        coordinates.setText(String.format("%.5f, %.5f", lat, lon));
        examiner.setPromptText(System.getProperty("user.name", ""));
        new Label(I18n.format("review.status.shown", 3) + " · ");
        """;
    assertEquals(List.of("Open case", " items"), hardCoded(source));
  }
}
