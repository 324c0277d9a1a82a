package org.veil.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.veil.model.Item;
import org.veil.model.ItemFilter;
import org.veil.model.ItemOrder;
import org.veil.model.MediaKind;

/**
 * The review's listing queries: the ids that match a filter in a chosen order (cheap even for
 * hundreds of thousands of items), then full rows only for the page on screen.
 */
public final class ItemQuery {
  private final CaseDatabase db;

  public ItemQuery(CaseDatabase db) {
    this.db = db;
  }

  /** Ids of the items that match, in order. */
  public long[] ids(ItemFilter filter, ItemOrder order) {
    List<Object> params = new ArrayList<>();
    String sql = "SELECT id FROM items" + where(filter, params) + orderBy(order);
    return db.read(
        connection -> {
          try (PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, params);
            try (ResultSet rows = select.executeQuery()) {
              long[] out = new long[1024];
              int n = 0;
              while (rows.next()) {
                if (n == out.length) {
                  out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = rows.getLong(1);
              }
              return java.util.Arrays.copyOf(out, n);
            }
          }
        });
  }

  /** The rows for {@code ids}, in the same order; ids without a row are left out. */
  public List<Item> byIds(long[] ids) {
    if (ids.length == 0) {
      return List.of();
    }
    Map<Long, Item> found = new HashMap<>();
    db.read(
        connection -> {
          for (int from = 0; from < ids.length; from += 500) {
            int to = Math.min(ids.length, from + 500);
            String marks = String.join(",", java.util.Collections.nCopies(to - from, "?"));
            try (PreparedStatement select =
                connection.prepareStatement(
                    "SELECT " + ItemStore.COLUMNS + " FROM items WHERE id IN (" + marks + ")")) {
              for (int i = from; i < to; i++) {
                select.setLong(i - from + 1, ids[i]);
              }
              for (Item item : ItemStore.items(select)) {
                found.put(item.id(), item);
              }
            }
          }
          return null;
        });
    List<Item> out = new ArrayList<>(ids.length);
    for (long id : ids) {
      Item item = found.get(id);
      if (item != null) {
        out.add(item);
      }
    }
    return out;
  }

  /** Items per folder: each folder's path prefix (ending in {@code /}, empty at the top). */
  public record FolderCount(long sourceId, String prefix, long count) {}

  /**
   * Item counts per source and folder (the path up to its last {@code /}), from the counts the
   * database keeps as items are registered: streaming 100 000 paths took 30 ms and competed with
   * the first screen of pictures.
   */
  public List<FolderCount> folderCounts() {
    // kept by triggers on items (migration V006): one row per folder, not per item
    return db.read(
        connection -> {
          List<FolderCount> out = new ArrayList<>();
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT source_id, prefix, items FROM folder_counts"
                          + " ORDER BY source_id, prefix");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              out.add(new FolderCount(rows.getLong(1), rows.getString(2), rows.getLong(3)));
            }
          }
          return out;
        });
  }

  /** Distinct camera makes and models seen, for the filter's choices. */
  public List<String[]> cameras() {
    return db.read(
        connection -> {
          List<String[]> out = new ArrayList<>();
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT DISTINCT make, model FROM items WHERE make IS NOT NULL"
                          + " OR model IS NOT NULL ORDER BY make, model");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              out.add(new String[] {rows.getString(1), rows.getString(2)});
            }
          }
          return out;
        });
  }

  static String where(ItemFilter f, List<Object> params) {
    List<String> clauses = new ArrayList<>();
    if (!f.kinds().isEmpty()) {
      List<String> marks = new ArrayList<>();
      for (MediaKind kind : f.kinds().stream().sorted().toList()) {
        marks.add("?");
        params.add(kind.label());
      }
      clauses.add("kind IN (" + String.join(",", marks) + ")");
    }
    if (f.minSize() != null) {
      clauses.add("size >= ?");
      params.add(f.minSize());
    }
    if (f.maxSize() != null) {
      clauses.add("size <= ?");
      params.add(f.maxSize());
    }
    if (f.takenFrom() != null) {
      clauses.add("substr(taken_at, 1, 10) >= ?");
      params.add(f.takenFrom());
    }
    if (f.takenTo() != null) {
      clauses.add("substr(taken_at, 1, 10) <= ?");
      params.add(f.takenTo());
    }
    if (f.make() != null) {
      clauses.add("make = ? COLLATE NOCASE");
      params.add(f.make());
    }
    if (f.model() != null) {
      clauses.add("model = ? COLLATE NOCASE");
      params.add(f.model());
    }
    if (f.hasGps()) {
      clauses.add("gps_lat IS NOT NULL AND gps_lon IS NOT NULL");
    }
    if (f.hasAiClues()) {
      clauses.add("ai_clues <> ''");
    }
    if (f.failedOnly()) {
      clauses.add("state = 'failed'");
    }
    if (f.sourceId() != null) {
      clauses.add("source_id = ?");
      params.add(f.sourceId());
      if (f.folder() != null && !f.folder().isEmpty()) {
        // substr instead of LIKE: folder names may hold % and _
        clauses.add("substr(path, 1, ?) = ?");
        params.add(f.folder().length());
        params.add(f.folder());
      }
    }
    if (f.nameContains() != null && !f.nameContains().isBlank()) {
      clauses.add("instr(lower(path), ?) > 0");
      params.add(f.nameContains().strip().toLowerCase(Locale.ROOT));
    }
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  static String orderBy(ItemOrder order) {
    String dir = order.ascending() ? " ASC" : " DESC";
    String column =
        switch (order.key()) {
          case ID -> null;
          case PATH -> "path COLLATE NOCASE";
          case SIZE -> "size";
          case TYPE -> "mime";
          case TAKEN -> "taken_at";
          case CAMERA -> "make COLLATE NOCASE" + dir + ", model COLLATE NOCASE";
          case STATE -> "state";
        };
    return column == null ? " ORDER BY id" + dir : " ORDER BY " + column + dir + ", id";
  }

  private static void bind(PreparedStatement statement, List<Object> params)
      throws java.sql.SQLException {
    for (int i = 0; i < params.size(); i++) {
      Object value = params.get(i);
      if (value instanceof Long l) {
        statement.setLong(i + 1, l);
      } else if (value instanceof Integer n) {
        statement.setInt(i + 1, n);
      } else {
        statement.setString(i + 1, (String) value);
      }
    }
  }
}
