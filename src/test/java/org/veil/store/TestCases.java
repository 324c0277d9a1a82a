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

  /** Adds message rows (in one synthetic chat of a synthetic source) for message-target tests. */
  public static void addMessages(CaseFolder folder, long... ids) {
    folder
        .db()
        .write(
            connection -> {
              try (var statement = connection.createStatement()) {
                statement.execute(
                    "INSERT OR IGNORE INTO sources(id, kind, path, added_by, added_at)"
                        + " VALUES (9000, 'chat-export', '/synthetic/export', 'test',"
                        + " '2026-01-01T00:00:00Z')");
                statement.execute(
                    "INSERT OR IGNORE INTO chats(id, source_id, platform, chat_key, name, type)"
                        + " VALUES (9000, 9000, 'telegram', 'synthetic', 'Room', 'group')");
              }
              try (var insert =
                  connection.prepareStatement(
                      "INSERT INTO messages(id, chat_id, external_id, text) VALUES (?, 9000, ?, ?)")) {
                for (long id : ids) {
                  insert.setLong(1, id);
                  insert.setString(2, "m" + id);
                  insert.setString(3, "message " + id);
                  insert.executeUpdate();
                }
              }
              return null;
            });
  }

  /**
   * Writes a small SQLite file shaped like an NSRL RDSv3 release: a {@code METADATA} table (hashes
   * in upper case, as NIST publishes them), the {@code FILE} view over it and a {@code VERSION}
   * table. {@code indexed} adds an index on sha256 as full releases have.
   */
  public static void nsrlFile(Path file, List<Hashes> rows, boolean indexed) throws Exception {
    try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file)) {
      try (var statement = connection.createStatement()) {
        statement.execute(
            "CREATE TABLE METADATA (sha256 VARCHAR NOT NULL, sha1 VARCHAR NOT NULL,"
                + " md5 VARCHAR NOT NULL, crc32 VARCHAR, file_name VARCHAR NOT NULL,"
                + " file_size INTEGER NOT NULL, package_id INTEGER NOT NULL)");
        statement.execute(
            "CREATE VIEW FILE AS SELECT sha256, sha1, md5, crc32, file_name, file_size,"
                + " package_id FROM METADATA");
        statement.execute(
            "CREATE TABLE VERSION (version VARCHAR, build_set VARCHAR, build_date TIMESTAMP,"
                + " release_date TIMESTAMP, description VARCHAR)");
        statement.execute(
            "INSERT INTO VERSION VALUES ('2024.12.1', 'modern', '2024-12-01', '2024-12-05',"
                + " 'synthetic test release')");
        if (indexed) {
          statement.execute("CREATE INDEX idx_sha256 ON METADATA(sha256)");
        }
      }
      try (var insert =
          connection.prepareStatement(
              "INSERT INTO METADATA VALUES (?, ?, ?, '00000000', ?, ?, 1)")) {
        int n = 0;
        for (Hashes h : rows) {
          insert.setString(1, h.sha256().toUpperCase(java.util.Locale.ROOT));
          insert.setString(2, h.sha1().toUpperCase(java.util.Locale.ROOT));
          insert.setString(3, h.md5().toUpperCase(java.util.Locale.ROOT));
          insert.setString(4, "system" + (n++) + ".dll");
          insert.setLong(5, 4096);
          insert.executeUpdate();
        }
      }
    }
  }

  /** A hash triple made from a number, distinct per number. */
  public static Hashes hashes(int n) {
    return new Hashes(
        String.format("%032x", n), String.format("%040x", n), String.format("%064x", n));
  }
}
