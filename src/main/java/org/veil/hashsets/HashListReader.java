package org.veil.hashsets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.veil.model.HashRecord;
import org.veil.store.HashSetStore;

/**
 * Plain hash lists: one MD5, SHA-1 or SHA-256 per line (the length says which), or CSV whose header
 * names a hash column ({@code md5}, {@code sha1}, {@code sha256} or {@code hash}) and optionally a
 * {@code category} column. Blank lines and lines starting with {@code #} are ignored.
 */
public final class HashListReader {
  private static final Set<String> HASH_COLUMNS =
      Set.of("md5", "sha1", "sha-1", "sha256", "sha-256", "hash");
  private static final Set<String> CATEGORY_COLUMNS = Set.of("category", "cat");

  private HashListReader() {}

  /** What the first line says about the file. */
  public record Shape(boolean csv, boolean hasCategories) {}

  /** Looks at the first meaningful line only. */
  public static Shape shape(InputStream in) throws IOException {
    BufferedReader reader = reader(in);
    String line = firstLine(reader);
    if (line == null || !isCsvHeader(line)) {
      return new Shape(false, false);
    }
    List<String> header = cells(line, separator(line));
    return new Shape(true, header.stream().anyMatch(h -> CATEGORY_COLUMNS.contains(norm(h))));
  }

  /**
   * Reads every entry.
   *
   * @param categories the values the set's scheme allows; a row with another value is skipped
   */
  public static HashSetStore.Parsed read(
      InputStream in, Set<String> categories, Consumer<HashRecord> sink) throws IOException {
    BufferedReader reader = reader(in);
    String first = firstLine(reader);
    if (first == null) {
      return new HashSetStore.Parsed(0, null);
    }
    long skipped = 0;
    if (!isCsvHeader(first)) {
      skipped += plain(first, sink);
      String line;
      while ((line = reader.readLine()) != null) {
        if (!ignorable(line)) {
          skipped += plain(line, sink);
        }
      }
      return new HashSetStore.Parsed(skipped, null);
    }
    char separator = separator(first);
    List<String> header = cells(first, separator);
    int hashColumn = -1;
    int categoryColumn = -1;
    for (int i = 0; i < header.size(); i++) {
      String name = norm(header.get(i));
      if (hashColumn < 0 && HASH_COLUMNS.contains(name)) {
        hashColumn = i;
      } else if (categoryColumn < 0 && CATEGORY_COLUMNS.contains(name)) {
        categoryColumn = i;
      }
    }
    if (hashColumn < 0) {
      throw new IOException(
          "the CSV header names no hash column (md5, sha1, sha256 or hash): " + first);
    }
    String line;
    while ((line = reader.readLine()) != null) {
      if (ignorable(line)) {
        continue;
      }
      List<String> row = cells(line, separator);
      String hash = hashColumn < row.size() ? row.get(hashColumn) : null;
      String category =
          categoryColumn >= 0 && categoryColumn < row.size() ? row.get(categoryColumn).strip() : "";
      HashRecord record = record(hash);
      if (record == null || (!category.isEmpty() && !categories.contains(category))) {
        skipped++;
        continue;
      }
      sink.accept(
          category.isEmpty()
              ? record
              : new HashRecord(
                  record.md5(),
                  record.sha1(),
                  record.sha256(),
                  category,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null));
    }
    return new HashSetStore.Parsed(skipped, null);
  }

  private static long plain(String line, Consumer<HashRecord> sink) {
    HashRecord record = record(line);
    if (record == null) {
      return 1;
    }
    sink.accept(record);
    return 0;
  }

  private static HashRecord record(String text) {
    String kind = HexHash.kindOf(text);
    if (kind == null) {
      return null;
    }
    String hash = text.strip().toLowerCase(Locale.ROOT);
    return switch (kind) {
      case "md5" -> HashRecord.ofHashes(hash, null, null);
      case "sha1" -> HashRecord.ofHashes(null, hash, null);
      default -> HashRecord.ofHashes(null, null, hash);
    };
  }

  private static BufferedReader reader(InputStream in) {
    // malformed bytes become U+FFFD so one bad line is skipped instead of failing the import
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return new BufferedReader(new InputStreamReader(in, decoder));
  }

  private static String firstLine(BufferedReader reader) throws IOException {
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (!ignorable(line)) {
        return line;
      }
    }
    return null;
  }

  private static boolean ignorable(String line) {
    String trimmed = line.strip();
    return trimmed.isEmpty() || trimmed.startsWith("#");
  }

  private static boolean isCsvHeader(String line) {
    return line.indexOf(',') >= 0 || line.indexOf(';') >= 0 || line.indexOf('\t') >= 0;
  }

  private static char separator(String header) {
    if (header.indexOf(',') >= 0) {
      return ',';
    }
    return header.indexOf(';') >= 0 ? ';' : '\t';
  }

  private static String norm(String cell) {
    return cell.strip().toLowerCase(Locale.ROOT);
  }

  /** Splits one CSV line; double quotes group a cell and {@code ""} inside them is a quote. */
  static List<String> cells(String line, char separator) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == separator) {
        out.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString().strip());
    return out;
  }
}
