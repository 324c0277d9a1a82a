package org.veil.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.veil.model.CaseInfo;
import org.veil.model.EvidenceSource;
import org.veil.model.Hashes;
import org.veil.model.Item;
import org.veil.model.ItemState;
import org.veil.model.MediaKind;

/** Builds small cases with items whose hashes a test chooses, without real evidence. */
public final class TestCases {
  private TestCases() {}

  public static CaseFolder create(Path dir) throws CaseException {
    return CaseFolder.create(
        dir.resolve("Test.veil"),
        new CaseInfo(
            "Test",
            "T-1",
            "Unit",
            "examiner-a",
            Instant.parse("2026-01-01T00:00:00Z"),
            ZoneId.of("UTC")));
  }

  /** One finished item per hash triple; returns their ids in order. */
  public static List<Long> addItems(CaseFolder folder, List<Hashes> hashes) {
    SourceStore sources = new SourceStore(folder.db());
    EvidenceSource source =
        sources
            .byPath("/evidence/test")
            .orElseGet(
                () ->
                    sources.add(
                        EvidenceSource.SourceKind.FOLDER,
                        "/evidence/test",
                        "examiner-a",
                        Instant.parse("2026-01-01T00:00:00Z")));
    ItemStore items = new ItemStore(folder.db());
    List<ItemStore.PendingEntry> entries = new ArrayList<>();
    int start = items.all().size();
    for (int i = 0; i < hashes.size(); i++) {
      entries.add(new ItemStore.PendingEntry("file-" + (start + i) + ".jpg", 1000 + i, null));
    }
    List<ItemStore.Registered> registered = items.register(source.id(), entries);
    List<ItemStore.ItemResult> results = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < registered.size(); i++) {
      ItemStore.Registered row = registered.get(i);
      Item item =
          new Item(
              row.id(),
              source.id(),
              row.path(),
              1000 + i,
              hashes.get(i),
              "image/jpeg",
              MediaKind.IMAGE,
              10,
              10,
              ItemState.DONE,
              null,
              null,
              null,
              null);
      results.add(new ItemStore.ItemResult(item, List.of()));
      ids.add(row.id());
    }
    items.complete(results);
    return ids;
  }

  /**
   * Adds message rows for tests of message targets. Until the chats schema lands the case has no
   * {@code messages} table, so a minimal one stands in for it.
   */
  public static void addMessages(CaseFolder folder, long... ids) {
    folder
        .db()
        .write(
            connection -> {
              try (var statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS messages (id INTEGER PRIMARY KEY)");
              }
              try (var insert =
                  connection.prepareStatement("INSERT INTO messages(id) VALUES (?)")) {
                for (long id : ids) {
                  insert.setLong(1, id);
                  insert.executeUpdate();
                }
              }
              return null;
            });
  }

  /** A hash triple made from a number, distinct per number. */
  public static Hashes hashes(int n) {
    return new Hashes(
        String.format("%032x", n), String.format("%040x", n), String.format("%064x", n));
  }
}
