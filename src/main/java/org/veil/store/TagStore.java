package org.veil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.veil.model.Bookmark;
import org.veil.model.Category;
import org.veil.model.CategoryCounts;
import org.veil.model.CategoryScheme;
import org.veil.model.ItemCategory;
import org.veil.model.Note;
import org.veil.model.Tag;
import org.veil.model.Target;
import org.veil.model.TargetKind;

/**
 * Categories, tags, notes and bookmarks. Reads run on reader connections; changes run through
 * {@link #write} so a service can read the state before, change it and append the audit row in one
 * transaction on the single writer.
 */
public final class TagStore {
  private final CaseDatabase db;

  public TagStore(CaseDatabase db) {
    this.db = db;
  }

  /** Work done in one write transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Writes writes);
  }

  /** Runs {@code work} in one transaction on the writer thread; any exception rolls it all back. */
  public <T> T write(Work<T> work) {
    return db.write(connection -> work.run(new Writes(connection)));
  }

  // ---- category schemes

  public List<CategoryScheme> schemes() {
    return db.read(TagStore::schemes);
  }

  public Optional<CategoryScheme> scheme(String id) {
    return schemes().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public String activeScheme() {
    return db.read(TagStore::activeScheme);
  }

  private static List<CategoryScheme> schemes(Connection connection) throws SQLException {
    Map<String, String> names = new LinkedHashMap<>();
    try (PreparedStatement select =
            connection.prepareStatement("SELECT id, name FROM category_schemes ORDER BY rowid");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        names.put(rows.getString(1), rows.getString(2));
      }
    }
    Map<String, List<Category>> values = new HashMap<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT scheme, value, label, description, position FROM category_values"
                    + " ORDER BY scheme, position");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        values
            .computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
            .add(
                new Category(
                    rows.getString(1),
                    rows.getString(2),
                    rows.getString(3),
                    rows.getString(4),
                    rows.getInt(5)));
      }
    }
    List<CategoryScheme> out = new ArrayList<>();
    names.forEach(
        (id, name) -> out.add(new CategoryScheme(id, name, values.getOrDefault(id, List.of()))));
    return out;
  }

  private static String activeScheme(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement("SELECT scheme FROM active_category_scheme");
        ResultSet rows = select.executeQuery()) {
      return rows.next() ? rows.getString(1) : CategoryScheme.VIC_US;
    }
  }

  // ---- item categories

  public Optional<ItemCategory> category(long itemId, String scheme) {
    return db.read(connection -> category(connection, itemId, scheme));
  }

  /** Every categorised item of one scheme, by item id; for table views and exports. */
  public Map<Long, ItemCategory> categories(String scheme) {
    return db.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT item_id, scheme, value, provenance, set_by, set_at FROM item_categories"
                      + " WHERE scheme = ? ORDER BY item_id")) {
            select.setString(1, scheme);
            try (ResultSet rows = select.executeQuery()) {
              Map<Long, ItemCategory> out = new LinkedHashMap<>();
              while (rows.next()) {
                ItemCategory category = itemCategory(rows);
                out.put(category.itemId(), category);
              }
              return out;
            }
          }
        });
  }

  public List<Long> itemsInCategory(String scheme, String value) {
    return db.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT item_id FROM item_categories WHERE scheme = ? AND value = ?"
                      + " ORDER BY item_id")) {
            select.setString(1, scheme);
            select.setString(2, value);
            return ids(select);
          }
        });
  }

  public List<Long> uncategorisedItems(String scheme) {
    return db.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT id FROM items WHERE NOT EXISTS (SELECT 1 FROM item_categories c"
                      + " WHERE c.item_id = items.id AND c.scheme = ?) ORDER BY id")) {
            select.setString(1, scheme);
            return ids(select);
          }
        });
  }

  public CategoryCounts counts(String scheme) {
    return db.read(
        connection -> {
          Map<String, Integer> byValue = new LinkedHashMap<>();
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT v.value, (SELECT count(*) FROM item_categories c"
                      + " WHERE c.scheme = v.scheme AND c.value = v.value)"
                      + " FROM category_values v WHERE v.scheme = ? ORDER BY v.position")) {
            select.setString(1, scheme);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                byValue.put(rows.getString(1), rows.getInt(2));
              }
            }
          }
          int uncategorised;
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT count(*) FROM items WHERE NOT EXISTS (SELECT 1 FROM item_categories c"
                      + " WHERE c.item_id = items.id AND c.scheme = ?)")) {
            select.setString(1, scheme);
            try (ResultSet rows = select.executeQuery()) {
              rows.next();
              uncategorised = rows.getInt(1);
            }
          }
          return new CategoryCounts(scheme, byValue, uncategorised);
        });
  }

  private static Optional<ItemCategory> category(Connection connection, long itemId, String scheme)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT item_id, scheme, value, provenance, set_by, set_at FROM item_categories"
                + " WHERE item_id = ? AND scheme = ?")) {
      select.setLong(1, itemId);
      select.setString(2, scheme);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(itemCategory(rows)) : Optional.empty();
      }
    }
  }

  private static ItemCategory itemCategory(ResultSet rows) throws SQLException {
    return new ItemCategory(
        rows.getLong(1),
        rows.getString(2),
        rows.getString(3),
        rows.getString(4),
        rows.getString(5),
        Instant.parse(rows.getString(6)));
  }

  // ---- tags

  public List<Tag> tags() {
    return db.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT id, name, colour FROM tags ORDER BY name COLLATE NOCASE")) {
            return tags(select);
          }
        });
  }

  public Optional<Tag> tag(long id) {
    return db.read(connection -> tag(connection, id));
  }

  public Optional<Tag> tagNamed(String name) {
    return db.read(connection -> tagNamed(connection, name));
  }

  public List<Tag> tagsOf(Target target) {
    return db.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT t.id, t.name, t.colour FROM target_tags x JOIN tags t ON t.id = x.tag_id"
                      + " WHERE x.target_kind = ? AND x.target_id = ? ORDER BY t.name COLLATE"
                      + " NOCASE")) {
            select.setString(1, target.kind().label());
            select.setLong(2, target.id());
            return tags(select);
          }
        });
  }

  /** Every tagged item with its tags, for table views. */
  public Map<Long, List<Tag>> itemTags() {
    return db.read(
        connection -> {
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT x.target_id, t.id, t.name, t.colour FROM target_tags x"
                          + " JOIN tags t ON t.id = x.tag_id WHERE x.target_kind = 'item'"
                          + " ORDER BY x.target_id, t.name COLLATE NOCASE");
              ResultSet rows = select.executeQuery()) {
            Map<Long, List<Tag>> out = new LinkedHashMap<>();
            while (rows.next()) {
              out.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>())
                  .add(new Tag(rows.getLong(2), rows.getString(3), rows.getString(4)));
            }
            return out;
          }
        });
  }

  public List<Target> taggedWith(long tagId) {
    return db.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT target_kind, target_id FROM target_tags WHERE tag_id = ?"
                      + " ORDER BY target_kind, target_id")) {
            select.setLong(1, tagId);
            return targets(select);
          }
        });
  }

  public List<Long> untaggedItems() {
    return db.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT id FROM items WHERE NOT EXISTS (SELECT 1 FROM target_tags x"
                      + " WHERE x.target_kind = 'item' AND x.target_id = items.id) ORDER BY id")) {
            return ids(select);
          }
        });
  }

  /** How many items and messages carry each tag; tags on nothing count 0. */
  public Map<Long, Integer> tagCounts() {
    return db.read(
        connection -> {
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT t.id, (SELECT count(*) FROM target_tags x WHERE x.tag_id = t.id)"
                          + " FROM tags t ORDER BY t.name COLLATE NOCASE");
              ResultSet rows = select.executeQuery()) {
            Map<Long, Integer> out = new LinkedHashMap<>();
            while (rows.next()) {
              out.put(rows.getLong(1), rows.getInt(2));
            }
            return out;
          }
        });
  }

  private static Optional<Tag> tag(Connection connection, long id) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT id, name, colour FROM tags WHERE id = ?")) {
      select.setLong(1, id);
      return tags(select).stream().findFirst();
    }
  }

  private static Optional<Tag> tagNamed(Connection connection, String name) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT id, name, colour FROM tags WHERE name = ?")) {
      select.setString(1, name);
      return tags(select).stream().findFirst();
    }
  }

  private static List<Tag> tags(PreparedStatement select) throws SQLException {
    try (ResultSet rows = select.executeQuery()) {
      List<Tag> out = new ArrayList<>();
      while (rows.next()) {
        out.add(new Tag(rows.getLong(1), rows.getString(2), rows.getString(3)));
      }
      return out;
    }
  }

  // ---- notes

  public List<Note> notes(Target target) {
    return db.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT id, target_kind, target_id, text, written_by, written_at FROM notes"
                      + " WHERE target_kind = ? AND target_id = ? ORDER BY id")) {
            select.setString(1, target.kind().label());
            select.setLong(2, target.id());
            return notes(select);
          }
        });
  }

  public List<Note> allNotes() {
    return db.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT id, target_kind, target_id, text, written_by, written_at FROM notes"
                      + " ORDER BY id")) {
            return notes(select);
          }
        });
  }

  public Optional<Note> note(long id) {
    return db.read(connection -> note(connection, id));
  }

  private static Optional<Note> note(Connection connection, long id) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, target_kind, target_id, text, written_by, written_at FROM notes"
                + " WHERE id = ?")) {
      select.setLong(1, id);
      return notes(select).stream().findFirst();
    }
  }

  private static List<Note> notes(PreparedStatement select) throws SQLException {
    try (ResultSet rows = select.executeQuery()) {
      List<Note> out = new ArrayList<>();
      while (rows.next()) {
        out.add(
            new Note(
                rows.getLong(1),
                new Target(TargetKind.of(rows.getString(2)), rows.getLong(3)),
                rows.getString(4),
                rows.getString(5),
                Instant.parse(rows.getString(6))));
      }
      return out;
    }
  }

  // ---- bookmarks

  public Optional<Bookmark> bookmark(Target target) {
    return db.read(connection -> bookmark(connection, target));
  }

  public List<Bookmark> bookmarks() {
    return db.read(
        connection -> {
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT target_kind, target_id, label, bookmarked_by, bookmarked_at"
                          + " FROM bookmarks ORDER BY bookmarked_at, target_kind, target_id");
              ResultSet rows = select.executeQuery()) {
            List<Bookmark> out = new ArrayList<>();
            while (rows.next()) {
              out.add(bookmarkRow(rows));
            }
            return out;
          }
        });
  }

  private static Optional<Bookmark> bookmark(Connection connection, Target target)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT target_kind, target_id, label, bookmarked_by, bookmarked_at FROM bookmarks"
                + " WHERE target_kind = ? AND target_id = ?")) {
      select.setString(1, target.kind().label());
      select.setLong(2, target.id());
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(bookmarkRow(rows)) : Optional.empty();
      }
    }
  }

  private static Bookmark bookmarkRow(ResultSet rows) throws SQLException {
    return new Bookmark(
        new Target(TargetKind.of(rows.getString(1)), rows.getLong(2)),
        rows.getString(3),
        rows.getString(4),
        Instant.parse(rows.getString(5)));
  }

  // ---- shared helpers

  private static List<Long> ids(PreparedStatement select) throws SQLException {
    try (ResultSet rows = select.executeQuery()) {
      List<Long> out = new ArrayList<>();
      while (rows.next()) {
        out.add(rows.getLong(1));
      }
      return out;
    }
  }

  private static List<Target> targets(PreparedStatement select) throws SQLException {
    try (ResultSet rows = select.executeQuery()) {
      List<Target> out = new ArrayList<>();
      while (rows.next()) {
        out.add(new Target(TargetKind.of(rows.getString(1)), rows.getLong(2)));
      }
      return out;
    }
  }

  /**
   * The operations one write transaction may do. Every method runs on the writer connection, so
   * reads see the transaction's own earlier changes.
   */
  public static final class Writes {
    private final Connection connection;

    private Writes(Connection connection) {
      this.connection = connection;
    }

    /** Appends an audit row in this transaction. */
    public void audit(AuditStore.Appender entry) {
      run(c -> AuditStore.appendIn(c, entry));
    }

    public List<CategoryScheme> schemes() {
      return run(TagStore::schemes);
    }

    public String activeScheme() {
      return run(TagStore::activeScheme);
    }

    public void setActiveScheme(String scheme) {
      run(
          c -> {
            try (PreparedStatement update =
                c.prepareStatement("UPDATE active_category_scheme SET scheme = ?")) {
              update.setString(1, scheme);
              return update.executeUpdate();
            }
          });
    }

    public boolean itemExists(long itemId) {
      return run(
          c -> {
            try (PreparedStatement select =
                c.prepareStatement("SELECT 1 FROM items WHERE id = ?")) {
              select.setLong(1, itemId);
              try (ResultSet rows = select.executeQuery()) {
                return rows.next();
              }
            }
          });
    }

    /**
     * Whether the target's row exists. Messages are checked when the case has a {@code messages}
     * table (added by the chats schema); before that a message target cannot exist.
     */
    public boolean targetExists(Target target) {
      if (target.kind() == TargetKind.ITEM) {
        return itemExists(target.id());
      }
      return run(
          c -> {
            try (PreparedStatement table =
                c.prepareStatement(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'messages'")) {
              try (ResultSet rows = table.executeQuery()) {
                if (!rows.next()) {
                  return false;
                }
              }
            }
            try (PreparedStatement select =
                c.prepareStatement("SELECT 1 FROM messages WHERE id = ?")) {
              select.setLong(1, target.id());
              try (ResultSet rows = select.executeQuery()) {
                return rows.next();
              }
            }
          });
    }

    /** Other items with the same SHA-256 as {@code itemId}, in id order. */
    public List<Long> exactDuplicates(long itemId) {
      return run(
          c -> {
            try (PreparedStatement select =
                c.prepareStatement(
                    "SELECT d.id FROM items i JOIN items d ON d.sha256 = i.sha256 AND d.id <> i.id"
                        + " WHERE i.id = ? AND i.sha256 IS NOT NULL ORDER BY d.id")) {
              select.setLong(1, itemId);
              return ids(select);
            }
          });
    }

    public Optional<ItemCategory> category(long itemId, String scheme) {
      return run(c -> TagStore.category(c, itemId, scheme));
    }

    public void putCategory(ItemCategory category) {
      run(
          c -> {
            try (PreparedStatement upsert =
                c.prepareStatement(
                    "INSERT INTO item_categories(item_id, scheme, value, provenance, set_by,"
                        + " set_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(item_id, scheme) DO"
                        + " UPDATE SET value = excluded.value, provenance = excluded.provenance,"
                        + " set_by = excluded.set_by, set_at = excluded.set_at")) {
              upsert.setLong(1, category.itemId());
              upsert.setString(2, category.scheme());
              upsert.setString(3, category.value());
              upsert.setString(4, category.provenance());
              upsert.setString(5, category.setBy());
              upsert.setString(6, category.setAt().toString());
              return upsert.executeUpdate();
            }
          });
    }

    public boolean removeCategory(long itemId, String scheme) {
      return run(
          c -> {
            try (PreparedStatement delete =
                c.prepareStatement(
                    "DELETE FROM item_categories WHERE item_id = ? AND scheme = ?")) {
              delete.setLong(1, itemId);
              delete.setString(2, scheme);
              return delete.executeUpdate() > 0;
            }
          });
    }

    public Optional<Tag> tag(long id) {
      return run(c -> TagStore.tag(c, id));
    }

    public Optional<Tag> tagNamed(String name) {
      return run(c -> TagStore.tagNamed(c, name));
    }

    public Tag insertTag(String name, String colour, String by, Instant at) {
      return run(
          c -> {
            try (PreparedStatement insert =
                c.prepareStatement(
                    "INSERT INTO tags(name, colour, created_by, created_at) VALUES (?, ?, ?, ?)"
                        + " RETURNING id")) {
              insert.setString(1, name);
              insert.setString(2, colour);
              insert.setString(3, by);
              insert.setString(4, at.toString());
              try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return new Tag(rows.getLong(1), name, colour);
              }
            }
          });
    }

    public void updateTag(Tag tag) {
      run(
          c -> {
            try (PreparedStatement update =
                c.prepareStatement("UPDATE tags SET name = ?, colour = ? WHERE id = ?")) {
              update.setString(1, tag.name());
              update.setString(2, tag.colour());
              update.setLong(3, tag.id());
              return update.executeUpdate();
            }
          });
    }

    /** Removes the tag and every use of it; returns how many targets carried it. */
    public int deleteTag(long tagId) {
      return run(
          c -> {
            int uses;
            try (PreparedStatement delete =
                c.prepareStatement("DELETE FROM target_tags WHERE tag_id = ?")) {
              delete.setLong(1, tagId);
              uses = delete.executeUpdate();
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM tags WHERE id = ?")) {
              delete.setLong(1, tagId);
              delete.executeUpdate();
            }
            return uses;
          });
    }

    /** Returns false when the target already had the tag. */
    public boolean addTag(Target target, long tagId, String by, Instant at) {
      return run(
          c -> {
            try (PreparedStatement insert =
                c.prepareStatement(
                    "INSERT INTO target_tags(target_kind, target_id, tag_id, tagged_by, tagged_at)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
              insert.setString(1, target.kind().label());
              insert.setLong(2, target.id());
              insert.setLong(3, tagId);
              insert.setString(4, by);
              insert.setString(5, at.toString());
              return insert.executeUpdate() > 0;
            }
          });
    }

    /** Returns false when the target did not have the tag. */
    public boolean removeTag(Target target, long tagId) {
      return run(
          c -> {
            try (PreparedStatement delete =
                c.prepareStatement(
                    "DELETE FROM target_tags WHERE target_kind = ? AND target_id = ?"
                        + " AND tag_id = ?")) {
              delete.setString(1, target.kind().label());
              delete.setLong(2, target.id());
              delete.setLong(3, tagId);
              return delete.executeUpdate() > 0;
            }
          });
    }

    public Note insertNote(Target target, String text, String by, Instant at) {
      return run(
          c -> {
            try (PreparedStatement insert =
                c.prepareStatement(
                    "INSERT INTO notes(target_kind, target_id, text, written_by, written_at)"
                        + " VALUES (?, ?, ?, ?, ?) RETURNING id")) {
              insert.setString(1, target.kind().label());
              insert.setLong(2, target.id());
              insert.setString(3, text);
              insert.setString(4, by);
              insert.setString(5, at.toString());
              try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return new Note(rows.getLong(1), target, text, by, at);
              }
            }
          });
    }

    public Optional<Note> note(long id) {
      return run(c -> TagStore.note(c, id));
    }

    public void updateNote(long id, String text, String by, Instant at) {
      run(
          c -> {
            try (PreparedStatement update =
                c.prepareStatement(
                    "UPDATE notes SET text = ?, written_by = ?, written_at = ? WHERE id = ?")) {
              update.setString(1, text);
              update.setString(2, by);
              update.setString(3, at.toString());
              update.setLong(4, id);
              return update.executeUpdate();
            }
          });
    }

    public void deleteNote(long id) {
      run(
          c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM notes WHERE id = ?")) {
              delete.setLong(1, id);
              return delete.executeUpdate();
            }
          });
    }

    public Optional<Bookmark> bookmark(Target target) {
      return run(c -> TagStore.bookmark(c, target));
    }

    public void putBookmark(Bookmark bookmark) {
      run(
          c -> {
            try (PreparedStatement upsert =
                c.prepareStatement(
                    "INSERT INTO bookmarks(target_kind, target_id, label, bookmarked_by,"
                        + " bookmarked_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(target_kind,"
                        + " target_id) DO UPDATE SET label = excluded.label,"
                        + " bookmarked_by = excluded.bookmarked_by,"
                        + " bookmarked_at = excluded.bookmarked_at")) {
              upsert.setString(1, bookmark.target().kind().label());
              upsert.setLong(2, bookmark.target().id());
              upsert.setString(3, bookmark.label());
              upsert.setString(4, bookmark.bookmarkedBy());
              upsert.setString(5, bookmark.bookmarkedAt().toString());
              return upsert.executeUpdate();
            }
          });
    }

    public boolean removeBookmark(Target target) {
      return run(
          c -> {
            try (PreparedStatement delete =
                c.prepareStatement(
                    "DELETE FROM bookmarks WHERE target_kind = ? AND target_id = ?")) {
              delete.setString(1, target.kind().label());
              delete.setLong(2, target.id());
              return delete.executeUpdate() > 0;
            }
          });
    }

    private <T> T run(SqlWork<T> work) {
      try {
        return work.run(connection);
      } catch (SQLException e) {
        throw new StoreException("write failed: " + e.getMessage(), e);
      }
    }
  }
}
