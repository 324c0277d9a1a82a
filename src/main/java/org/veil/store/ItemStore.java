package org.veil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.veil.model.ExifSummary;
import org.veil.model.Hashes;
import org.veil.model.Item;
import org.veil.model.ItemSha256;
import org.veil.model.ItemState;
import org.veil.model.MediaKind;
import org.veil.model.MetadataTag;
import org.veil.model.PdqHash;

/** Items found in evidence: registered as pending, then completed as done or failed. */
public final class ItemStore {
  static final String COLUMNS =
      "id, source_id, path, size, md5, sha1, sha256, mime, kind, width, height, state, error,"
          + " flags, make, model, body_serial, lens, software, taken_at, gps_lat, gps_lon,"
          + " gps_alt, orientation, ai_clues, pdq, pdq_quality";

  private final CaseDatabase db;

  public ItemStore(CaseDatabase db) {
    this.db = db;
  }

  /** A file the walker found, before any work on its content. */
  public record PendingEntry(String path, long size, String modifiedAt) {}

  /** The row a pending entry has, and whether earlier work already finished it. */
  public record Registered(long id, String path, ItemState state) {}

  /** The outcome of ingesting one item: its facts and every metadata tag read from it. */
  public record ItemResult(Item item, List<MetadataTag> tags) {}

  /**
   * Registers entries as pending (or finds their rows from an earlier run) in one transaction, so a
   * crash at any point leaves each file as one row that the next run completes.
   */
  public List<Registered> register(long sourceId, List<PendingEntry> entries) {
    if (entries.isEmpty()) {
      return List.of();
    }
    return db.write(
        connection -> {
          List<Registered> out = new ArrayList<>(entries.size());
          try (PreparedStatement upsert =
              connection.prepareStatement(
                  "INSERT INTO items(source_id, path, size, modified_at, state)"
                      + " VALUES (?, ?, ?, ?, 'pending')"
                      + " ON CONFLICT(source_id, path) DO UPDATE SET size = items.size"
                      + " RETURNING id, state")) {
            for (PendingEntry entry : entries) {
              upsert.setLong(1, sourceId);
              upsert.setString(2, entry.path());
              upsert.setLong(3, entry.size());
              upsert.setString(4, entry.modifiedAt());
              try (ResultSet rows = upsert.executeQuery()) {
                rows.next();
                out.add(
                    new Registered(rows.getLong(1), entry.path(), ItemState.of(rows.getString(2))));
              }
            }
          }
          return out;
        });
  }

  /** Stores finished items (done or failed) with their metadata tags, in one transaction. */
  public void complete(List<ItemResult> results) {
    if (results.isEmpty()) {
      return;
    }
    db.write(
        connection -> {
          completeIn(connection, results);
          return null;
        });
  }

  private static void completeIn(Connection connection, List<ItemResult> results)
      throws SQLException {
    try (PreparedStatement update =
            connection.prepareStatement(
                "UPDATE items SET size = ?, md5 = ?, sha1 = ?, sha256 = ?, mime = ?, kind = ?,"
                    + " width = ?, height = ?, state = ?, error = ?, flags = ?, make = ?,"
                    + " model = ?, body_serial = ?, lens = ?, software = ?, taken_at = ?,"
                    + " gps_lat = ?, gps_lon = ?, gps_alt = ?, orientation = ?, ai_clues = ?,"
                    + " pdq = ?, pdq_quality = ? WHERE id = ?");
        PreparedStatement deleteTags =
            connection.prepareStatement("DELETE FROM metadata_tags WHERE item_id = ?");
        PreparedStatement insertTag =
            connection.prepareStatement(
                "INSERT INTO metadata_tags(item_id, directory, tag, tag_id, value)"
                    + " VALUES (?, ?, ?, ?, ?)")) {
      for (ItemResult result : results) {
        Item item = result.item();
        ExifSummary s = item.summary();
        Hashes h = item.hashes();
        int i = 1;
        update.setLong(i++, item.size());
        update.setString(i++, h == null ? null : h.md5());
        update.setString(i++, h == null ? null : h.sha1());
        update.setString(i++, h == null ? null : h.sha256());
        update.setString(i++, item.mime());
        update.setString(i++, item.kind() == null ? null : item.kind().label());
        setInt(update, i++, item.width());
        setInt(update, i++, item.height());
        update.setString(i++, item.state().label());
        update.setString(i++, item.error());
        update.setString(i++, String.join(",", new TreeSet<>(item.flags())));
        update.setString(i++, s.make());
        update.setString(i++, s.model());
        update.setString(i++, s.bodySerial());
        update.setString(i++, s.lens());
        update.setString(i++, s.software());
        update.setString(i++, s.takenAt());
        setDouble(update, i++, s.gpsLat());
        setDouble(update, i++, s.gpsLon());
        setDouble(update, i++, s.gpsAlt());
        setInt(update, i++, s.orientation());
        update.setString(i++, String.join("\n", s.aiClues()));
        update.setString(i++, item.pdq() == null ? null : item.pdq().hex());
        setInt(update, i++, item.pdq() == null ? null : item.pdq().quality());
        update.setLong(i, item.id());
        update.addBatch();
        deleteTags.setLong(1, item.id());
        deleteTags.addBatch();
        for (MetadataTag tag : result.tags()) {
          insertTag.setLong(1, item.id());
          insertTag.setString(2, tag.directory());
          insertTag.setString(3, tag.tag());
          insertTag.setInt(4, tag.id());
          insertTag.setString(5, tag.value());
          insertTag.addBatch();
        }
      }
      update.executeBatch();
      deleteTags.executeBatch();
      insertTag.executeBatch();
    }
  }

  public Optional<Item> get(long id) {
    return db.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement("SELECT " + COLUMNS + " FROM items WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
              return rows.next() ? Optional.of(item(rows)) : Optional.empty();
            }
          }
        });
  }

  /** Every item in id order, streamed so a large case never sits in memory at once. */
  public void forEach(Consumer<Item> consumer) {
    db.read(
        connection -> {
          try (PreparedStatement select =
                  connection.prepareStatement("SELECT " + COLUMNS + " FROM items ORDER BY id");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              consumer.accept(item(rows));
            }
          }
          return null;
        });
  }

  public List<Item> all() {
    List<Item> out = new ArrayList<>();
    forEach(out::add);
    return out;
  }

  /** Items of one source in one state, in id order. */
  public List<Item> inState(long sourceId, ItemState state) {
    return db.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM items WHERE source_id = ? AND state = ? ORDER BY id")) {
            select.setLong(1, sourceId);
            select.setString(2, state.label());
            return items(select);
          }
        });
  }

  /**
   * The SHA-256 of every item that has at least one byte-identical copy in the case, in id order;
   * what "stack duplicates" needs without reading every item.
   */
  public List<ItemSha256> withExactCopies() {
    return db.read(
        connection -> {
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT id, sha256 FROM items WHERE sha256 IN (SELECT sha256 FROM items"
                          + " WHERE sha256 IS NOT NULL GROUP BY sha256 HAVING COUNT(*) > 1)"
                          + " ORDER BY id");
              ResultSet rows = select.executeQuery()) {
            List<ItemSha256> out = new ArrayList<>();
            while (rows.next()) {
              out.add(new ItemSha256(rows.getLong(1), rows.getString(2)));
            }
            return out;
          }
        });
  }

  public List<Item> bySha256(String sha256) {
    return db.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT " + COLUMNS + " FROM items WHERE sha256 = ? ORDER BY id")) {
            select.setString(1, sha256);
            return items(select);
          }
        });
  }

  public Map<ItemState, Integer> countByState() {
    return db.read(
        connection -> {
          Map<ItemState, Integer> out = new EnumMap<>(ItemState.class);
          for (ItemState state : ItemState.values()) {
            out.put(state, 0);
          }
          try (PreparedStatement select =
                  connection.prepareStatement("SELECT state, count(*) FROM items GROUP BY state");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              out.put(ItemState.of(rows.getString(1)), rows.getInt(2));
            }
          }
          return out;
        });
  }

  public List<MetadataTag> tags(long itemId) {
    return db.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT directory, tag, tag_id, value FROM metadata_tags WHERE item_id = ?"
                      + " ORDER BY rowid")) {
            select.setLong(1, itemId);
            try (ResultSet rows = select.executeQuery()) {
              List<MetadataTag> out = new ArrayList<>();
              while (rows.next()) {
                out.add(
                    new MetadataTag(
                        rows.getString(1), rows.getString(2), rows.getInt(3), rows.getString(4)));
              }
              return out;
            }
          }
        });
  }

  static List<Item> items(PreparedStatement select) throws SQLException {
    try (ResultSet rows = select.executeQuery()) {
      List<Item> out = new ArrayList<>();
      while (rows.next()) {
        out.add(item(rows));
      }
      return out;
    }
  }

  /** Maps a row selected with {@link #COLUMNS}. */
  static Item item(ResultSet rows) throws SQLException {
    String md5 = rows.getString(5);
    Hashes hashes = md5 == null ? null : new Hashes(md5, rows.getString(6), rows.getString(7));
    String kind = rows.getString(9);
    String flags = rows.getString(14);
    String clues = rows.getString(25);
    ExifSummary summary =
        new ExifSummary(
            rows.getString(15),
            rows.getString(16),
            rows.getString(17),
            rows.getString(18),
            rows.getString(19),
            rows.getString(20),
            getDouble(rows, 21),
            getDouble(rows, 22),
            getDouble(rows, 23),
            getInt(rows, 24),
            getInt(rows, 10),
            getInt(rows, 11),
            clues == null || clues.isEmpty() ? List.of() : Arrays.asList(clues.split("\n")));
    String pdq = rows.getString(26);
    return new Item(
        rows.getLong(1),
        rows.getLong(2),
        rows.getString(3),
        rows.getLong(4),
        hashes,
        rows.getString(8),
        kind == null ? null : MediaKind.of(kind),
        getInt(rows, 10),
        getInt(rows, 11),
        ItemState.of(rows.getString(12)),
        rows.getString(13),
        flags == null || flags.isEmpty() ? Set.of() : Set.of(flags.split(",")),
        summary,
        pdq == null ? null : new PdqHash(pdq, rows.getInt(27)));
  }

  private static void setInt(PreparedStatement statement, int index, Integer value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, value);
    }
  }

  private static void setDouble(PreparedStatement statement, int index, Double value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.REAL);
    } else {
      statement.setDouble(index, value);
    }
  }

  private static Integer getInt(ResultSet rows, int index) throws SQLException {
    int value = rows.getInt(index);
    return rows.wasNull() ? null : value;
  }

  private static Double getDouble(ResultSet rows, int index) throws SQLException {
    double value = rows.getDouble(index);
    return rows.wasNull() ? null : value;
  }
}
