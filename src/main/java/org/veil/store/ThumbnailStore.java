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

  /**
   * A JPEG thumbnail, its pixel size, and the stored seed of the item's veil ({@code
   * media.VeilSeed}; null when there is none).
   */
  public record Thumbnail(long itemId, int width, int height, byte[] jpeg, byte[] veil) {
    public Thumbnail(long itemId, int width, int height, byte[] jpeg) {
      this(itemId, width, height, jpeg, null);
    }
  }

  public void putAll(List<Thumbnail> thumbnails) {
    if (thumbnails.isEmpty()) {
      return;
    }
    db.write(
        connection -> {
          try (PreparedStatement upsert =
              connection.prepareStatement(
                  "INSERT OR REPLACE INTO thumbnails(item_id, width, height, jpeg, veil)"
                      + " VALUES (?, ?, ?, ?, ?)")) {
            for (Thumbnail thumbnail : thumbnails) {
              upsert.setLong(1, thumbnail.itemId());
              upsert.setInt(2, thumbnail.width());
              upsert.setInt(3, thumbnail.height());
              upsert.setBytes(4, thumbnail.jpeg());
              upsert.setBytes(5, thumbnail.veil());
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
                  "SELECT width, height, jpeg, veil FROM thumbnails WHERE item_id = ?")) {
            select.setLong(1, itemId);
            try (ResultSet rows = select.executeQuery()) {
              return rows.next()
                  ? Optional.of(
                      new Thumbnail(
                          itemId,
                          rows.getInt(1),
                          rows.getInt(2),
                          rows.getBytes(3),
                          rows.getBytes(4)))
                  : Optional.empty();
            }
          }
        });
  }

  /**
   * The stored veil seed alone (a few kilobytes less to read than the thumbnail): empty when the
   * item has no thumbnail, or a thumbnail made before seeds were stored.
   */
  public Optional<byte[]> veil(long itemId) {
    return db.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement("SELECT veil FROM thumbnails WHERE item_id = ?")) {
            select.setLong(1, itemId);
            try (ResultSet rows = select.executeQuery()) {
              return rows.next() ? Optional.ofNullable(rows.getBytes(1)) : Optional.empty();
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
