package org.veil.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.veil.model.EvidenceSource;
import org.veil.model.ExifSummary;
import org.veil.model.Item;
import org.veil.store.CaseException;
import org.veil.store.CaseFolder;
import org.veil.store.ItemStore;
import org.veil.store.SourceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code veil items DIR --json}: every item with hashes, state and summary metadata. */
@Command(name = "items", description = "List a case's items.")
public final class ItemsCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "The case folder.")
  Path dir;

  @Option(names = "--json", description = "JSON Lines output.")
  boolean json;

  @Override
  public Integer call() throws CaseException {
    try (CaseFolder folder = CaseFolder.open(dir)) {
      Map<Long, String> sources = new HashMap<>();
      for (EvidenceSource source : new SourceStore(folder.db()).all()) {
        sources.put(source.id(), source.path());
      }
      ItemStore items = new ItemStore(folder.db());
      if (json) {
        JsonLines out = new JsonLines(System.out);
        items.forEach(item -> out.line(g -> write(g, item, sources.get(item.sourceId()))));
      } else {
        items.forEach(
            item ->
                System.out.printf(
                    "%6d  %-7s %-24s %10d  %s%s%n",
                    item.id(),
                    item.state().label(),
                    item.mime() == null ? "-" : item.mime(),
                    item.size(),
                    item.path(),
                    item.error() == null ? "" : "  (" + item.error() + ")"));
      }
    }
    return 0;
  }

  static void write(com.fasterxml.jackson.core.JsonGenerator g, Item item, String source)
      throws java.io.IOException {
    ExifSummary s = item.summary();
    g.writeNumberField("id", item.id());
    JsonLines.field(g, "source", source);
    JsonLines.field(g, "path", item.path());
    g.writeNumberField("size", item.size());
    JsonLines.field(g, "md5", item.hashes() == null ? null : item.hashes().md5());
    JsonLines.field(g, "sha1", item.hashes() == null ? null : item.hashes().sha1());
    JsonLines.field(g, "sha256", item.hashes() == null ? null : item.hashes().sha256());
    JsonLines.field(g, "mime", item.mime());
    JsonLines.field(g, "kind", item.kind() == null ? null : item.kind().label());
    JsonLines.field(g, "width", item.width());
    JsonLines.field(g, "height", item.height());
    JsonLines.field(g, "state", item.state().label());
    JsonLines.field(g, "error", item.error());
    JsonLines.field(g, "flags", new TreeSet<>(item.flags()));
    JsonLines.field(g, "make", s.make());
    JsonLines.field(g, "model", s.model());
    JsonLines.field(g, "taken_at", s.takenAt());
    JsonLines.field(g, "gps_lat", s.gpsLat());
    JsonLines.field(g, "gps_lon", s.gpsLon());
    JsonLines.field(g, "orientation", s.orientation());
    JsonLines.field(g, "software", s.software());
    JsonLines.field(g, "ai_clues", List.copyOf(s.aiClues()));
  }
}
