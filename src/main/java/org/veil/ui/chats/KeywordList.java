package org.veil.ui.chats;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A list of search terms, one a line, as units keep them (UTF-8, optional BOM, {@code #} comments,
 * blank lines ignored, repeats once). Each line is a query in the search syntax, so a line may be a
 * word, a {@code "phrase"} or {@code a OR b}.
 */
public final class KeywordList {
  /** Larger files are not keyword lists; refusing them keeps a wrong pick from hanging the UI. */
  public static final long MAX_BYTES = 1 << 20;

  public static final int MAX_TERMS = 2_000;

  private KeywordList() {}

  public static List<String> read(Path file) throws IOException {
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      throw new IOException(
          "a keyword list is at most 1 MB; " + file.getFileName() + " has " + size + " bytes");
    }
    byte[] bytes = Files.readAllBytes(file);
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new IOException(file.getFileName() + " is not UTF-8 text", e);
    }
    return parse(text);
  }

  public static List<String> parse(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Set<String> terms = new LinkedHashSet<>();
    for (String line : body.split("\\R")) {
      String term = line.strip();
      if (term.isEmpty() || term.startsWith("#")) {
        continue;
      }
      terms.add(term);
      if (terms.size() == MAX_TERMS) {
        break;
      }
    }
    return new ArrayList<>(terms);
  }
}
