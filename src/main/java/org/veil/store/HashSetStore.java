package org.veil.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.veil.model.HashMatch;
import org.veil.model.HashRecord;
import org.veil.model.HashSetFormat;
import org.veil.model.HashSetKind;
import org.veil.model.Hashes;
import org.veil.model.KnownHashSet;

/** Known-hash sets, their entries and the items that matched them. */
public final class HashSetStore {
  /** Strongest first: a match on SHA-256 is preferred to one on SHA-1, then MD5. */
  public static final List<String> HASH_KINDS = List.of("sha256", "sha1", "md5");

  private static final int CHUNK = 500;
  private static final String SET_COLUMNS =
      "id, name, format, version, kind, scheme, source_path, source_sha256, source_size,"
          + " imported_by, imported_at, records, skipped";

  private final CaseDatabase db;

  public HashSetStore(CaseDatabase db) {
    this.db = db;
  }

  /** Pushes a file's records to {@code sink} and says what it learned on the way. */
  @FunctionalInterface
  public interface RecordSource {
    Parsed each(Consumer<HashRecord> sink) throws IOException;
  }

  /**
   * What reading a set's file found besides its records.
   *
   * @param skipped entries left out (no usable hash, or a category the scheme lacks)
   * @param version the format version when the file says it (VICS), else null
   * @param sourceSha256 the SHA-256 of the bytes read, when the source computed it while reading
   */
  public record Parsed(long skipped, String version, String sourceSha256) {
    public Parsed(long skipped, String version) {
      this(skipped, version, null);
    }
  }

  /**
   * Stores a set and every record {@code source} gives, with the audit row, in one transaction: an
   * import that fails half way leaves nothing behind. The parse runs on the writer thread.
   *
   * @param header the set's facts; its id, records and skipped are filled in here
   * @param audit builds the audit row from the stored set
   */
  public KnownHashSet importEntries(
      KnownHashSet header, RecordSource source, Function<KnownHashSet, AuditStore.Appender> audit) {
    return db.write(
        connection -> {
          long id = insertSet(connection, header);
          long[] records = {0};
          Parsed parsed;
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO hash_set_entries(set_id, md5, sha1, sha256, category, size, name,"
                      + " media_id, series, tags, comments, precategorized, victim_identified)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            parsed =
                source.each(
                    record -> {
                      try {
                        bindEntry(insert, id, record);
                        insert.addBatch();
                        if (++records[0] % 5_000 == 0) {
                          insert.executeBatch();
                        }
                      } catch (SQLException e) {
                        throw new StoreException("cannot store entry: " + e.getMessage(), e);
                      }
                    });
            insert.executeBatch();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          KnownHashSet stored =
              finish(
                  connection,
                  header,
                  id,
                  records[0],
                  parsed.skipped(),
                  parsed.version(),
                  parsed.sourceSha256());
          AuditStore.appendIn(connection, audit.apply(stored));
          return stored;
        });
  }

  /** Stores a set whose entries stay in their own file (NSRL), with its audit row. */
  public KnownHashSet register(
      KnownHashSet header, Function<KnownHashSet, AuditStore.Appender> audit) {
    return db.write(
        connection -> {
          long id = insertSet(connection, header);
          KnownHashSet stored =
              finish(
                  connection,
                  header,
                  id,
                  header.records(),
                  header.skipped(),
                  header.version(),
                  header.sourceSha256());
          AuditStore.appendIn(connection, audit.apply(stored));
          return stored;
        });
  }

  private static long insertSet(Connection connection, KnownHashSet header) throws SQLException {
    if (set(connection, header.name()).isPresent()) {
      throw new IllegalArgumentException("a hash set named " + header.name() + " exists already");
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO hash_sets(name, format, version, kind, scheme, source_path,"
                + " source_sha256, source_size, imported_by, imported_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
      insert.setString(1, header.name());
      insert.setString(2, header.format().label());
      insert.setString(3, header.version());
      insert.setString(4, header.kind().label());
      insert.setString(5, header.scheme());
      insert.setString(6, header.sourcePath());
      insert.setString(7, header.sourceSha256());
      insert.setLong(8, header.sourceSize());
      insert.setString(9, header.importedBy());
      insert.setString(10, header.importedAt().toString());
      try (ResultSet rows = insert.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static KnownHashSet finish(
      Connection connection,
      KnownHashSet header,
      long id,
      long records,
      long skipped,
      String version,
      String sourceSha256)
      throws SQLException {
    String finalVersion = version == null ? header.version() : version;
    String finalSha256 = sourceSha256 == null ? header.sourceSha256() : sourceSha256;
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE hash_sets SET records = ?, skipped = ?, version = ?, source_sha256 = ?"
                + " WHERE id = ?")) {
      update.setLong(1, records);
      update.setLong(2, skipped);
      update.setString(3, finalVersion);
      update.setString(4, finalSha256);
      update.setLong(5, id);
      update.executeUpdate();
    }
    return new KnownHashSet(
        id,
        header.name(),
        header.format(),
        finalVersion,
        header.kind(),
        header.scheme(),
        header.sourcePath(),
        finalSha256,
        header.sourceSize(),
        header.importedBy(),
        header.importedAt(),
        records,
        skipped);
  }

  private static void bindEntry(PreparedStatement insert, long setId, HashRecord r)
      throws SQLException {
    insert.setLong(1, setId);
    insert.setString(2, r.md5());
    insert.setString(3, r.sha1());
    insert.setString(4, r.sha256());
    insert.setString(5, r.category());
    if (r.size() == null) {
      insert.setNull(6, Types.INTEGER);
    } else {
      insert.setLong(6, r.size());
    }
    insert.setString(7, r.name());
    insert.setString(8, r.mediaId());
    insert.setString(9, r.series());
    insert.setString(10, r.tags());
    insert.setString(11, r.comments());
    setBoolean(insert, 12, r.precategorized());
    setBoolean(insert, 13, r.victimIdentified());
  }

  private static void setBoolean(PreparedStatement statement, int index, Boolean value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, value ? 1 : 0);
    }
  }

  public List<KnownHashSet> sets() {
    return db.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT " + SET_COLUMNS + " FROM hash_sets ORDER BY id")) {
            return sets(select);
          }
        });
  }

  public Optional<KnownHashSet> set(String name) {
    return db.read(connection -> set(connection, name));
  }

  private static Optional<KnownHashSet> set(Connection connection, String name)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT " + SET_COLUMNS + " FROM hash_sets WHERE name = ?")) {
      select.setString(1, name);
      return sets(select).stream().findFirst();
    }
  }

  private static List<KnownHashSet> sets(PreparedStatement select) throws SQLException {
    try (ResultSet rows = select.executeQuery()) {
      List<KnownHashSet> out = new ArrayList<>();
      while (rows.next()) {
        out.add(
            new KnownHashSet(
                rows.getLong(1),
                rows.getString(2),
                HashSetFormat.of(rows.getString(3)),
                rows.getString(4),
                HashSetKind.of(rows.getString(5)),
                rows.getString(6),
                rows.getString(7),
                rows.getString(8),
                rows.getLong(9),
                rows.getString(10),
                Instant.parse(rows.getString(11)),
                rows.getLong(12),
                rows.getLong(13)));
      }
      return out;
    }
  }

  /** Entries of a set, in import order; for tests and exports of a set. */
  public void forEachEntry(long setId, Consumer<HashRecord> consumer) {
    db.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT md5, sha1, sha256, category, size, name, media_id, series, tags,"
                      + " comments, precategorized, victim_identified FROM hash_set_entries"
                      + " WHERE set_id = ? ORDER BY id")) {
            select.setLong(1, setId);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                long size = rows.getLong(5);
                Long sizeOrNull = rows.wasNull() ? null : size;
                consumer.accept(
                    new HashRecord(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        sizeOrNull,
                        rows.getString(6),
                        rows.getString(7),
                        rows.getString(8),
                        rows.getString(9),
                        rows.getString(10),
                        getBoolean(rows, 11),
                        getBoolean(rows, 12)));
              }
            }
          }
          return null;
        });
  }

  private static Boolean getBoolean(ResultSet rows, int index) throws SQLException {
    int value = rows.getInt(index);
    return rows.wasNull() ? null : value != 0;
  }

  /** The hashes of the given items (or of every item when {@code itemIds} is null). */
  public Map<Long, Hashes> itemHashes(Collection<Long> itemIds) {
    return db.read(
        connection -> {
          Map<Long, Hashes> out = new LinkedHashMap<>();
          String base = "SELECT id, md5, sha1, sha256 FROM items WHERE md5 IS NOT NULL";
          forChunks(
              connection,
              base,
              List.of(),
              itemIds,
              rows ->
                  out.put(
                      rows.getLong(1),
                      new Hashes(rows.getString(2), rows.getString(3), rows.getString(4))));
          return out;
        });
  }

  /**
   * Items whose hashes are in a copied set (VICS, list), one match per item on its strongest hash.
   * {@code itemIds} null means every item.
   */
  public List<HashMatch> findEntryMatches(KnownHashSet set, Collection<Long> itemIds, Instant at) {
    return db.read(
        connection -> {
          Map<Long, HashMatch> byItem = new LinkedHashMap<>();
          for (String kind : HASH_KINDS) {
            // kind comes from HASH_KINDS, never from input
            String base =
                "SELECT i.id, e.category, coalesce(e.name, e.series) FROM items i"
                    + " JOIN hash_set_entries e ON e."
                    + kind
                    + " = i."
                    + kind
                    + " AND e.set_id = ? WHERE i."
                    + kind
                    + " IS NOT NULL";
            forChunks(
                connection,
                base,
                List.of(set.id()),
                itemIds,
                rows ->
                    byItem.putIfAbsent(
                        rows.getLong(1),
                        new HashMatch(
                            rows.getLong(1),
                            set.id(),
                            set.name(),
                            kind,
                            rows.getString(2),
                            rows.getString(3),
                            at)));
          }
          return List.copyOf(byItem.values());
        });
  }

  @FunctionalInterface
  private interface RowConsumer {
    void accept(ResultSet rows) throws SQLException;
  }

  /**
   * Runs {@code base} (which has a WHERE and binds {@code leading} first) for all rows, or for the
   * ids chunk by chunk.
   */
  private static void forChunks(
      Connection connection,
      String base,
      List<Long> leading,
      Collection<Long> ids,
      RowConsumer consumer)
      throws SQLException {
    if (ids == null) {
      try (PreparedStatement select = connection.prepareStatement(base + " ORDER BY 1")) {
        for (int i = 0; i < leading.size(); i++) {
          select.setLong(i + 1, leading.get(i));
        }
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            consumer.accept(rows);
          }
        }
      }
      return;
    }
    List<Long> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      String sql =
          base
              + " AND "
              + idColumn(base)
              + " IN ("
              + "?,".repeat(chunk.size() - 1)
              + "?) ORDER BY 1";
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        for (int i = 0; i < leading.size(); i++) {
          select.setLong(i + 1, leading.get(i));
        }
        for (int i = 0; i < chunk.size(); i++) {
          select.setLong(leading.size() + i + 1, chunk.get(i));
        }
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            consumer.accept(rows);
          }
        }
      }
    }
  }

  private static String idColumn(String base) {
    return base.contains(" items i ") ? "i.id" : "id";
  }

  /**
   * Records matches (new ones only; a match is kept once per item and set), marks the items known
   * when {@code known}, and appends the audit row, in one transaction.
   *
   * @return how many matches were new
   */
  public int recordMatches(
      List<HashMatch> matches, boolean known, Function<Integer, AuditStore.Appender> audit) {
    return db.write(
        connection -> {
          int added = 0;
          try (PreparedStatement insert =
                  connection.prepareStatement(
                      "INSERT INTO hash_matches(item_id, set_id, matched_on, category, detail,"
                          + " matched_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
              PreparedStatement mark =
                  connection.prepareStatement("UPDATE items SET known_file = 1 WHERE id = ?")) {
            for (HashMatch match : matches) {
              insert.setLong(1, match.itemId());
              insert.setLong(2, match.setId());
              insert.setString(3, match.matchedOn());
              insert.setString(4, match.category());
              insert.setString(5, match.detail());
              insert.setString(6, match.matchedAt().toString());
              added += insert.executeUpdate();
              if (known) {
                mark.setLong(1, match.itemId());
                mark.executeUpdate();
              }
            }
          }
          AuditStore.appendIn(connection, audit.apply(added));
          return added;
        });
  }

  public List<HashMatch> matchesOf(long itemId) {
    return db.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT m.item_id, m.set_id, s.name, m.matched_on, m.category, m.detail,"
                      + " m.matched_at FROM hash_matches m JOIN hash_sets s ON s.id = m.set_id"
                      + " WHERE m.item_id = ? ORDER BY m.set_id")) {
            select.setLong(1, itemId);
            try (ResultSet rows = select.executeQuery()) {
              List<HashMatch> out = new ArrayList<>();
              while (rows.next()) {
                out.add(
                    new HashMatch(
                        rows.getLong(1),
                        rows.getLong(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getString(6),
                        Instant.parse(rows.getString(7))));
              }
              return out;
            }
          }
        });
  }

  /** Items that matched a known-file set; views hide them unless asked. */
  public List<Long> knownItems() {
    return db.read(
        connection -> {
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT id FROM items WHERE known_file = 1 ORDER BY id");
              ResultSet rows = select.executeQuery()) {
            List<Long> out = new ArrayList<>();
            while (rows.next()) {
              out.add(rows.getLong(1));
            }
            return out;
          }
        });
  }

  public boolean isKnown(long itemId) {
    return db.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement("SELECT known_file FROM items WHERE id = ?")) {
            select.setLong(1, itemId);
            try (ResultSet rows = select.executeQuery()) {
              return rows.next() && rows.getInt(1) == 1;
            }
          }
        });
  }
}
