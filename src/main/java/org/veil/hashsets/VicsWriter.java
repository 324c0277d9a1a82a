package org.veil.hashsets;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.veil.model.CategoryScheme;
import org.veil.model.Item;
import org.veil.model.ItemCategory;
import org.veil.model.Note;
import org.veil.model.Tag;
import org.veil.model.TargetKind;
import org.veil.store.CaseDatabase;
import org.veil.store.ItemStore;
import org.veil.store.TagStore;

/**
 * Writes the case's items that have a Project VIC US category as VICS JSON 2.0, for sharing with
 * other tools and back into Project VIC. Items categorised only in another scheme are left out:
 * VICS has no place for them.
 */
public final class VicsWriter {
  /** The 2.0 context URL as Project VIC tools write it; a name, never fetched. */
  public static final String CONTEXT =
      "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/Default/$metadata#Media";

  private static final JsonFactory FACTORY = new JsonFactory();

  private final ItemStore items;
  private final TagStore tags;

  public VicsWriter(CaseDatabase db) {
    this.items = new ItemStore(db);
    this.tags = new TagStore(db);
  }

  /** Writes the export; returns how many media records it holds. */
  public int write(OutputStream out) throws IOException {
    Map<Long, ItemCategory> categories = tags.categories(CategoryScheme.VIC_US);
    Map<Long, List<Tag>> itemTags = tags.itemTags();
    Map<Long, List<Note>> itemNotes =
        tags.allNotes().stream()
            .filter(n -> n.target().kind() == TargetKind.ITEM)
            .collect(Collectors.groupingBy(n -> n.target().id()));
    int[] written = {0};
    try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("@odata.context", CONTEXT);
      json.writeArrayFieldStart("value");
      try {
        items.forEach(
            item -> {
              ItemCategory category = categories.get(item.id());
              if (category == null || item.hashes() == null) {
                return;
              }
              try {
                media(
                    json,
                    item,
                    category,
                    itemTags.getOrDefault(item.id(), List.of()),
                    itemNotes.getOrDefault(item.id(), List.of()));
                written[0]++;
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    return written[0];
  }

  private static void media(
      JsonGenerator json, Item item, ItemCategory category, List<Tag> itemTags, List<Note> notes)
      throws IOException {
    json.writeStartObject();
    json.writeNumberField("MediaID", item.id());
    json.writeNumberField("Category", Integer.parseInt(category.value()));
    json.writeStringField("MD5", upper(item.hashes().md5()));
    json.writeStringField("SHA1", upper(item.hashes().sha1()));
    json.writeNumberField("MediaSize", item.size());
    json.writeBooleanField("IsPrecategorized", category.provenance().startsWith("hashset:"));
    json.writeBooleanField("VictimIdentified", false);
    json.writeStringField("Series", "");
    json.writeStringField(
        "Tags", itemTags.stream().map(Tag::name).collect(Collectors.joining(",")));
    json.writeStringField(
        "Comments", notes.stream().map(Note::text).collect(Collectors.joining("\n")));
    json.writeArrayFieldStart("MediaFiles");
    json.writeStartObject();
    json.writeStringField("FileName", item.name());
    json.writeStringField("FilePath", item.path());
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }

  private static String upper(String hex) {
    return hex == null ? null : hex.toUpperCase(Locale.ROOT);
  }
}
