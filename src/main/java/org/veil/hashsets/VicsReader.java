package org.veil.hashsets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.model.HashRecord;
import org.veil.store.HashSetStore;

/**
 * Streams Project VIC VICS JSON: 1.x files open with {@code odata.metadata}, 2.0 files with
 * {@code @odata.context}; media records sit in {@code value[]} (or in {@code value[].Media[]} for
 * exports that group them by case). Booleans and numbers may arrive as strings. Records are handed
 * on one by one, so a file of millions never sits in memory.
 */
public final class VicsReader {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxStringLength(1_000_000)
                  .maxNestingDepth(64)
                  .build())
          .build();
  private static final Pattern VERSION =
      Pattern.compile("/(\\d+\\.\\d+)\\.xml", Pattern.CASE_INSENSITIVE);

  /** VICS categories are Project VIC US values. */
  private static final Set<String> CATEGORIES = Set.of("0", "1", "2", "3", "4");

  private final JsonParser json;
  private final Consumer<HashRecord> sink;
  private long skipped;
  private String version;

  private VicsReader(JsonParser json, Consumer<HashRecord> sink) {
    this.json = json;
    this.sink = sink;
  }

  /** Reads a whole VICS file; a file that is not VICS JSON is an IOException naming why. */
  public static HashSetStore.Parsed read(InputStream in, Consumer<HashRecord> sink)
      throws IOException {
    // the caller owns the stream (it reads the rest to finish the file's SHA-256)
    InputStream unclosed =
        new java.io.FilterInputStream(in) {
          @Override
          public void close() {}
        };
    try (JsonParser json = FACTORY.createParser(unclosed)) {
      VicsReader reader = new VicsReader(json, sink);
      reader.root();
      if (reader.version == null) {
        throw new IOException(
            "not a VICS file: no odata.metadata (1.x) or @odata.context (2.0) at the top");
      }
      return new HashSetStore.Parsed(reader.skipped, reader.version);
    } catch (JsonParseException e) {
      throw new IOException(
          "not valid VICS JSON at line "
              + e.getLocation().getLineNr()
              + ": "
              + e.getOriginalMessage(),
          e);
    }
  }

  private void root() throws IOException {
    if (json.nextToken() != JsonToken.START_OBJECT) {
      throw new IOException("not a VICS file: it does not start with a JSON object");
    }
    boolean sawValue = false;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      JsonToken token = json.nextToken();
      switch (field) {
        case "odata.metadata" -> version = versionOf(json.getValueAsString(), "1.3");
        case "@odata.context" -> version = versionOf(json.getValueAsString(), "2.0");
        case "value" -> {
          if (token != JsonToken.START_ARRAY) {
            throw new IOException("not a VICS file: value is not an array");
          }
          sawValue = true;
          records();
        }
        default -> json.skipChildren();
      }
    }
    if (!sawValue) {
      throw new IOException("not a VICS file: no value[] array of media");
    }
  }

  private static String versionOf(String url, String fallback) {
    if (url == null) {
      return fallback;
    }
    Matcher m = VERSION.matcher(url);
    return m.find() ? m.group(1) : fallback;
  }

  /** Reads objects of an array until its end; each is a media record or holds Media[]. */
  private void records() throws IOException {
    JsonToken token;
    while ((token = json.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null) {
        throw new IOException("the VICS file ends inside value[] (truncated?)");
      }
      if (token != JsonToken.START_OBJECT) {
        json.skipChildren();
        skipped++;
        continue;
      }
      record();
    }
  }

  private void record() throws IOException {
    Map<String, String> fields = new HashMap<>();
    boolean nestedMedia = false;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName().toLowerCase(Locale.ROOT);
      JsonToken token = json.nextToken();
      if (token == JsonToken.START_ARRAY && field.equals("media")) {
        nestedMedia = true;
        records();
      } else if (token == JsonToken.START_ARRAY && field.equals("tags")) {
        fields.put(field, String.join(",", strings()));
      } else if (token.isStructStart()) {
        json.skipChildren();
      } else if (token != JsonToken.VALUE_NULL) {
        fields.put(field, json.getValueAsString());
      }
    }
    if (nestedMedia && !fields.containsKey("md5") && !fields.containsKey("sha1")) {
      return; // a case wrapper, its media were read above
    }
    HashRecord record = toRecord(fields);
    if (record == null) {
      skipped++;
    } else {
      sink.accept(record);
    }
  }

  private List<String> strings() throws IOException {
    List<String> out = new ArrayList<>();
    JsonToken token;
    while ((token = json.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null) {
        throw new IOException("the VICS file ends inside an array (truncated?)");
      }
      if (token.isStructStart()) {
        json.skipChildren();
      } else if (token != JsonToken.VALUE_NULL) {
        out.add(json.getValueAsString());
      }
    }
    return out;
  }

  private static HashRecord toRecord(Map<String, String> f) {
    String md5 = HexHash.of(f.get("md5"), 32);
    String sha1 = HexHash.of(f.get("sha1"), 40);
    String sha256 = HexHash.of(f.get("sha256"), 64);
    if (md5 == null && sha1 == null && sha256 == null) {
      return null;
    }
    String category = f.get("category");
    if (category != null) {
      category = category.strip();
      if (!CATEGORIES.contains(category)) {
        category = null; // a value VIC US does not define is kept as a hash without category
      }
    }
    return new HashRecord(
        md5,
        sha1,
        sha256,
        category,
        size(f.get("mediasize")),
        null,
        f.get("mediaid"),
        emptyToNull(f.get("series")),
        emptyToNull(f.get("tags")),
        emptyToNull(f.get("comments")),
        bool(f.get("isprecategorized")),
        bool(f.get("victimidentified")));
  }

  private static Long size(String text) {
    if (text == null) {
      return null;
    }
    try {
      long size = Long.parseLong(text.strip());
      return size < 0 ? null : size;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** JSON booleans, and the strings some exporters write instead: true/false, 1/0, yes/no. */
  static Boolean bool(String text) {
    if (text == null) {
      return null;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "y" -> Boolean.TRUE;
      case "false", "0", "no", "n" -> Boolean.FALSE;
      default -> null;
    };
  }

  private static String emptyToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
