package org.veil.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.veil.model.ExifSummary;
import org.veil.model.Hashes;
import org.veil.model.ItemCategory;
import org.veil.model.Note;
import org.veil.model.Tag;
import org.veil.store.CaseFolder;
import org.veil.store.ItemStore;

/** Every item of the case as CSV, one row each, with what was decided about it. */
final class ItemsCsv {
  static final List<String> COLUMNS =
      List.of(
          "id",
          "source",
          "path",
          "size",
          "md5",
          "sha1",
          "sha256",
          "mime",
          "kind",
          "width",
          "height",
          "state",
          "error",
          "flags",
          "make",
          "model",
          "taken_at",
          "gps_lat",
          "gps_lon",
          "software",
          "ai_clues",
          "category_scheme",
          "category",
          "category_label",
          "category_provenance",
          "tags",
          "notes",
          "bookmark");

  private ItemsCsv() {}

  static long write(CaseFolder folder, OutputStream stream) throws IOException {
    ItemAnnotations annotations = ItemAnnotations.load(folder);
    Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    out.write(Csv.BYTE_ORDER_MARK);
    Csv csv = new Csv(out);
    csv.row(COLUMNS);
    long[] rows = {0};
    IOException[] failure = {null};
    new ItemStore(folder.db())
        .forEach(
            item -> {
              if (failure[0] != null) {
                return;
              }
              Hashes h = item.hashes();
              ExifSummary s = item.summary();
              ItemCategory category = annotations.categories().get(item.id());
              try {
                csv.row(
                    Arrays.asList(
                        item.id(),
                        annotations.sourcePaths().get(item.sourceId()),
                        item.path(),
                        item.size(),
                        h == null ? null : h.md5(),
                        h == null ? null : h.sha1(),
                        h == null ? null : h.sha256(),
                        item.mime(),
                        item.kind() == null ? null : item.kind().label(),
                        item.width(),
                        item.height(),
                        item.state().label(),
                        item.error(),
                        String.join(",", new TreeSet<>(item.flags())),
                        s.make(),
                        s.model(),
                        s.takenAt(),
                        s.gpsLat(),
                        s.gpsLon(),
                        s.software(),
                        String.join("; ", s.aiClues()),
                        category == null ? null : category.scheme(),
                        category == null ? null : category.value(),
                        annotations.categoryLabel(item.id()),
                        category == null ? null : category.provenance(),
                        annotations.tagsOf(item.id()).stream()
                            .map(Tag::name)
                            .collect(Collectors.joining("; ")),
                        annotations.notesOf(item.id()).stream()
                            .map(Note::text)
                            .collect(Collectors.joining(" | ")),
                        annotations.bookmarks().containsKey(item.id())
                            ? annotations.bookmarks().get(item.id()).label()
                            : null));
                rows[0]++;
              } catch (IOException e) {
                failure[0] = e;
              }
            });
    if (failure[0] != null) {
      throw failure[0];
    }
    out.flush();
    return rows[0];
  }
}
