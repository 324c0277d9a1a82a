package org.veil.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;

/** Thumbnails and video frame strips in {@code thumbs.db}, keyed by item id. */
public final class ThumbnailStore {
  private final CaseDatabase db;

  public ThumbnailStore(CaseDatabase thumbsDb) {
    this.db = thumbsDb;
  }

  /** A JPEG thumbnail and its pixel size. */
  public record Thumbnail(long itemId, int width, int height, byte[] jpeg) {}

  public void putAll(List<Thumbnail> thumbnails) {
    if (thumbnails.isEmpty()) {
      return;
    }
    db.write(
        connection -> {
          try (PreparedStatement upsert =
              connection.prepareStatement(
                  "INSERT OR REPLACE INTO thumbnails(item_id, width, height, jpeg)"
                      + " VALUES (?, ?, ?, ?)")) {
            for (Thumbnail thumbnail : thumbnails) {
              upsert.setLong(1, thumbnail.itemId());
              upsert.setInt(2, thumbnail.width());
              upsert.setInt(3, thumbnail.height());
              upsert.setBytes(4, thumbnail.jpeg());
              upsert.addBatch();
            }
            upsert.executeBatch();
          }
          return null;
        });
  }

  public Optional<Thumbnail> get(long itemId) {
    return db.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT width, height, jpeg FROM thumbnails WHERE item_id = ?")) {
            select.setLong(1, itemId);
            try (ResultSet rows = select.executeQuery()) {
              return rows.next()
                  ? Optional.of(
                      new Thumbnail(itemId, rows.getInt(1), rows.getInt(2), rows.getBytes(3)))
                  : Optional.empty();
            }
          }
        });
  }

  public int count() {
    return db.read(
        connection -> {
          try (PreparedStatement select =
                  connection.prepareStatement("SELECT count(*) FROM thumbnails");
              ResultSet rows = select.executeQuery()) {
            return rows.next() ? rows.getInt(1) : 0;
          }
        });
  }

  /** Replaces an item's frame strip (video frames spread over its duration). */
  public void putFrames(long itemId, List<byte[]> jpegs) {
    db.write(
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement("DELETE FROM frame_strips WHERE item_id = ?")) {
            delete.setLong(1, itemId);
            delete.executeUpdate();
          }
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO frame_strips(item_id, frame, jpeg) VALUES (?, ?, ?)")) {
            for (int i = 0; i < jpegs.size(); i++) {
              insert.setLong(1, itemId);
              insert.setInt(2, i);
              insert.setBytes(3, jpegs.get(i));
              insert.addBatch();
            }
            insert.executeBatch();
          }
          return null;
        });
  }

  public List<byte[]> frames(long itemId) {
    return db.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT jpeg FROM frame_strips WHERE item_id = ? ORDER BY frame")) {
            select.setLong(1, itemId);
            try (ResultSet rows = select.executeQuery()) {
              List<byte[]> out = new java.util.ArrayList<>();
              while (rows.next()) {
                out.add(rows.getBytes(1));
              }
              return out;
            }
          }
        });
  }
}
